import { z } from 'zod';
import { PageQuery, pageOf } from './common.js';

export const OutboxMessage = z
  .object({
    id: z.number().int(),
    action: z.string().describe('The product action that caused the call'),
    method: z.string(),
    path: z.string(),
    body: z.unknown(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;
export const OutboxPage = pageOf(OutboxMessage).meta({ id: 'OutboxPage' });
export type OutboxPage = z.infer<typeof OutboxPage>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    action: z.string(),
    resource: z.string(),
    subject: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditLogPage = pageOf(AuditEntry).meta({ id: 'AuditLogPage' });
export type AuditLogPage = z.infer<typeof AuditLogPage>;

export const AuditLogQuery = PageQuery.extend({
  subjectId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(50).optional(),
});

export const Health = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.record(z.string(), z.string()) });
