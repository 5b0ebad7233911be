/**
 * Which reminders have gone, so each goes at most once per period even with several
 * servers: a reminder is claimed before it is sent, and only the one who claims it sends.
 * A send that then fails is logged, not retried; a reminder is not worth sending twice.
 */
export interface ReminderKey {
  /** What kind of reminder, e.g. `objective-waiting`. */
  topic: string;
  /** What it is about, e.g. an objective's or a service's id. */
  subjectId: string;
  /** The period it counts once in, e.g. `2026-W47` or an appraisal year's id. */
  period: string;
  /** Who receives it. */
  personId: string;
}

export interface ReminderLedger {
  /** True for the one caller that may send this reminder; false if it has gone already. */
  claim(key: ReminderKey): Promise<boolean>;
}
