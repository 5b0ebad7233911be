import type { PersonRef } from '../../../contracts/champions.js';
import type { AppraisalYear, ObjectiveKind } from '../../../contracts/objectives.js';
import type { ReminderKey } from '../../shared/reminder-ledger.js';

/** What a reminder says about one objective. */
export interface ReminderObjective {
  id: string;
  title: string;
  kind: ObjectiveKind;
  person: PersonRef;
  /** 'YYYY-MM-DD', or null when none was set. */
  targetDate: string | null;
}

/** A proposed objective and the person's direct line manager (null when they have none in the directory). */
export interface WaitingForAgreement {
  objective: ReminderObjective;
  managerId: string | null;
  proposedAt: Date;
}

/** An agreed or in-progress objective, with what its next check-in is counted from. */
export interface AgreedObjective {
  objective: ReminderObjective;
  status: 'agreed' | 'in-progress';
  managerId: string | null;
  agreedAt: Date;
  lastCheckInAt: Date | null;
}

/** What the reminders are planned from, for one appraisal year. */
export interface ObjectiveReminderFacts {
  waiting: WaitingForAgreement[];
  /** Active people with no agreed, in-progress or completed objective in the year. */
  withoutAgreedObjective: PersonRef[];
  agreed: AgreedObjective[];
  /**
   * People the bot can reach in a personal chat. A reminder is claimed before it is sent,
   * so one claimed for someone the bot cannot reach would be lost; planning skips them
   * until they open the app.
   */
  reachable: ReadonlySet<string>;
}

export interface ObjectiveReminderQueries {
  factsFor(yearId: string): Promise<ObjectiveReminderFacts>;
}

/** One reminder to send, with the ledger key that makes it go at most once in its period. */
export type ObjectiveReminder =
  | { kind: 'waiting'; key: ReminderKey; managerId: string; objectives: Array<ReminderObjective & { proposedAt: Date }> }
  | { kind: 'agree-by'; key: ReminderKey; person: PersonRef; year: AppraisalYear }
  | { kind: 'check-in'; key: ReminderKey; recipientId: string; audience: 'person' | 'manager'; objective: ReminderObjective; dueOn: string };

/** Delivers a reminder (the bot does it with a card). True when it reached the person; failures are logged, never thrown. */
export interface ObjectiveReminderSender {
  send(reminder: ObjectiveReminder): Promise<boolean>;
}

export const REMINDER_TOPICS = {
  waiting: 'objective-waiting',
  agreeBy: 'objective-agree-by',
  checkIn: 'objective-check-in',
} as const;
