import type { Kysely } from 'kysely';
import type { AuditEntryInput, AuditLogWriter } from '../domain/shared/audit-log.js';
import type { AuditLogReader } from '../domain/platform/audit-log-queries.js';
import type { Db } from './database.js';
import type { Database } from './schema.js';

export async function insertAuditEntries(db: Kysely<Database>, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        actor_person_id: entry.actorPersonId,
        action: entry.action,
        resource: entry.resource,
        subject_person_id: entry.subjectPersonId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })),
    )
    .execute();
}

export function insertAuditEntry(db: Kysely<Database>, entry: AuditEntryInput): Promise<void> {
  return insertAuditEntries(db, [entry]);
}

export function createAuditLogRepository(db: Db): AuditLogWriter & AuditLogReader {
  return {
    record: (entry) => insertAuditEntry(db, entry),

    async list(query) {
      let select = db
        .selectFrom('audit_log as a')
        .leftJoin('people as actor', 'actor.id', 'a.actor_person_id')
        .leftJoin('people as subject', 'subject.id', 'a.subject_person_id')
        .select([
          'a.id',
          'a.at',
          'a.action',
          'a.resource',
          'a.details',
          'actor.id as actor_id',
          'actor.display_name as actor_name',
          'subject.id as subject_id',
          'subject.display_name as subject_name',
          (eb) => eb.fn.countAll<number>().over().as('total'),
        ]);
      if (query.subjectId) select = select.where('a.subject_person_id', '=', query.subjectId);
      if (query.actorId) select = select.where('a.actor_person_id', '=', query.actorId);
      if (query.action) select = select.where('a.action', '=', query.action);
      const rows = await select.orderBy('a.id', 'desc').limit(query.limit).offset(query.offset).execute();
      return {
        total: Number(rows[0]?.total ?? 0),
        items: rows.map((row) => ({
          id: Number(row.id),
          at: row.at.toISOString(),
          action: row.action,
          resource: row.resource,
          details: row.details,
          actor: row.actor_id && row.actor_name ? { id: row.actor_id, displayName: row.actor_name } : null,
          subject: row.subject_id && row.subject_name ? { id: row.subject_id, displayName: row.subject_name } : null,
        })),
      };
    },
  };
}
