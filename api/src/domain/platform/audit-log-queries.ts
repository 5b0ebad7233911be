import type { z } from 'zod';
import type { AuditLogPage, AuditLogQuery } from '../../contracts/platform.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import type { AuditLogWriter } from '../shared/audit-log.js';

export type AuditLogFilter = z.infer<typeof AuditLogQuery>;

export interface AuditLogReader {
  list(query: AuditLogFilter): Promise<AuditLogPage>;
}

/** Reading the audit log is itself logged: it says who read whose records, and who did what. */
export async function listAuditLog(deps: { reader: AuditLogReader; audit: AuditLogWriter }, actor: Actor, query: AuditLogFilter): Promise<AuditLogPage> {
  requireAnyRole(actor, ['admin', 'hr'], 'read the audit log');
  const page = await deps.reader.list(query);
  await deps.audit.record({
    actorPersonId: actor.personId,
    action: 'read',
    resource: 'audit-log',
    subjectPersonId: query.subjectId ?? null,
    details: { ...query, shown: page.items.length },
  });
  return page;
}
