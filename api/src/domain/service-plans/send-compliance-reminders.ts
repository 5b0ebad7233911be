import { SendComplianceRemindersBody, type ComplianceReminderResult } from '../../contracts/service-plans.js';
import { hasRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { MISSING_OBJECTIVE_REMINDER, type ServicePlanDeps } from './service-plan-deps.js';
import { isoWeekOf } from '../shared/iso-week.js';
import { checkBody } from './plan-input.js';
import { requireOpenForChanges } from './service-plan-access.js';
import { planYears, unknownYearErrors, yearToWrite } from './plan-years.js';

/**
 * The policy team reminds the head of every service whose plan has no digital objective.
 * Each head hears at most once per service per ISO week, however often the button is
 * pressed and on however many servers: the reminder is claimed in the ledger before it is
 * sent. Heads the bot cannot reach are not claimed, so they can be reminded once they can be.
 */
export async function sendComplianceReminders(deps: ServicePlanDeps, actor: Actor, body: unknown): Promise<ComplianceReminderResult> {
  if (!hasRole(actor, 'policy')) throw AppError.forbidden('Only the policy team can remind heads of service about their plans.');
  const years = await planYears(deps);
  const input = await checkBody(SendComplianceRemindersBody, body, async (fields) => unknownYearErrors(years, fields.yearId));
  const year = yearToWrite(years, input.yearId);
  requireOpenForChanges(year);
  const week = isoWeekOf(deps.clock.now());
  const lacking = (await deps.plans.overview(year.id)).filter((line) => line.itemCount === 0);

  const result: ComplianceReminderResult = { week, sent: 0, alreadyReminded: 0, notReachable: 0, unreachable: [] };
  const service = (line: (typeof lacking)[number]) => ({ id: line.service.id, name: line.service.name });
  // One at a time: Teams limits how fast a bot may write, and there are only as many as services.
  for (const line of lacking) {
    const head = line.service.head;
    if (!head) {
      result.notReachable += 1;
      result.unreachable.push({ service: service(line), head: null, reason: 'no-head' });
      continue;
    }
    if (!(await deps.reminderSender.canReach(head.id))) {
      result.notReachable += 1;
      result.unreachable.push({ service: service(line), head, reason: 'no-chat' });
      continue;
    }
    const claimed = await deps.reminders.claim({ topic: MISSING_OBJECTIVE_REMINDER, subjectId: line.service.id, period: week, personId: head.id });
    if (!claimed) {
      result.alreadyReminded += 1;
      continue;
    }
    const delivered = await deps.reminderSender.send({ head, service: service(line), year: { id: year.id, label: year.label }, remindedBy: actor.displayName });
    if (delivered) {
      result.sent += 1;
    } else {
      result.notReachable += 1;
      result.unreachable.push({ service: service(line), head, reason: 'no-chat' });
    }
  }
  return result;
}
