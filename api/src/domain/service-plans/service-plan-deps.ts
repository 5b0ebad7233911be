import type { AppraisalYearRepository } from '../objectives/appraisal-years/appraisal-year-repository.js';
import type { Clock } from '../shared/clock.js';
import type { ReminderLedger } from '../shared/reminder-ledger.js';
import type { ServicePlanReminderSender } from './service-plan-reminder-sender.js';
import type { ServicePlanRepository } from './service-plan-repository.js';

/** What the service-plan use cases need. */
export interface ServicePlanDeps {
  plans: ServicePlanRepository;
  /** The appraisal years' own store: plans are kept per appraisal year. */
  years: Pick<AppraisalYearRepository, 'list' | 'findOpen'>;
  reminders: ReminderLedger;
  reminderSender: ServicePlanReminderSender;
  clock: Clock;
}

/** The ReminderLedger topic of "your service plan has no digital objective". */
export const MISSING_OBJECTIVE_REMINDER = 'service-plan-missing-objective';
