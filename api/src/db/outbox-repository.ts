import type { OutboxReader } from '../domain/platform/outbox-queries.js';
import type { Db } from './database.js';

export function createOutboxReader(db: Db): OutboxReader {
  return {
    async list({ limit, offset }) {
      const rows = await db
        .selectFrom('outbox_messages')
        .select(['id', 'action', 'method', 'path', 'body', 'created_at', (eb) => eb.fn.countAll<number>().over().as('total')])
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return {
        total: Number(rows[0]?.total ?? 0),
        items: rows.map((row) => ({
          id: Number(row.id),
          action: row.action,
          method: row.method,
          path: row.path,
          body: row.body,
          createdAt: row.created_at.toISOString(),
        })),
      };
    },
  };
}
