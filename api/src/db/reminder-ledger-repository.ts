import type { ReminderKey, ReminderLedger } from '../domain/shared/reminder-ledger.js';
import type { Db } from './database.js';

export function createReminderLedger(db: Db): ReminderLedger {
  return {
    async claim(key: ReminderKey) {
      const claimed = await db
        .insertInto('reminders_sent')
        .values({ topic: key.topic, subject_id: key.subjectId, period: key.period, person_id: key.personId })
        .onConflict((conflict) => conflict.doNothing())
        .returning('topic')
        .executeTakeFirst();
      return claimed !== undefined;
    },
  };
}
