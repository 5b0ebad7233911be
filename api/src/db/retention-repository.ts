import type { RetentionRepository } from '../domain/privacy/retention.js';
import type { Db } from './database.js';

export function createRetentionRepository(db: Db): RetentionRepository {
  return {
    async leaversDue(leftOnOrBefore, limit) {
      const rows = await db
        .selectFrom('people')
        .select('id')
        .where('status', '=', 'leaver')
        .where('anonymised_at', 'is', null)
        .where('left_on', '<=', leftOnOrBefore)
        .orderBy('left_on')
        .limit(limit)
        .execute();
      return rows.map((row) => row.id);
    },
    async purgeExpiredSessions(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async purgeAuditLogBefore(before) {
      const result = await db.deleteFrom('audit_log').where('at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
