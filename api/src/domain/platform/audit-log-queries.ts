import type { z } from 'zod';
import type { AuditLogPage, AuditLogQuery } from '../../contracts/platform.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';

export type AuditLogFilter = z.infer<typeof AuditLogQuery>;

export interface AuditLogReader {
  list(query: AuditLogFilter): Promise<AuditLogPage>;
}

export async function listAuditLog(reader: AuditLogReader, actor: Actor, query: AuditLogFilter): Promise<AuditLogPage> {
  requireAnyRole(actor, ['admin', 'hr'], 'read the audit log');
  return reader.list(query);
}
