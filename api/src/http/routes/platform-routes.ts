import { PageQuery } from '../../contracts/common.js';
import { AuditLogPage, AuditLogQuery, OutboxPage } from '../../contracts/platform.js';
import { listAuditLog, type AuditLogReader } from '../../domain/platform/audit-log-queries.js';
import type { AuditLogWriter } from '../../domain/shared/audit-log.js';
import { listOutbox, type OutboxReader } from '../../domain/platform/outbox-queries.js';
import { defineRoute } from '../route.js';

export function platformRoutes(deps: { auditLog: AuditLogReader & AuditLogWriter; outbox: OutboxReader | undefined }) {
  const routes = [
    defineRoute({
      method: 'get',
      path: '/api/audit-log',
      tag: 'Administration',
      summary: 'Who read whose record, who exported or imported what, and when',
      access: 'signed-in',
      query: AuditLogQuery,
      response: AuditLogPage,
      problems: [403],
      handle: ({ actor, query }) => listAuditLog({ reader: deps.auditLog, audit: deps.auditLog }, actor, query),
    }),
  ];
  const outbox = deps.outbox;
  if (outbox) {
    routes.push(
      defineRoute({
        method: 'get',
        path: '/api/outbox',
        tag: 'Administration',
        summary: 'Local mode: every Microsoft Graph call the product would have made',
        access: 'signed-in',
        query: PageQuery,
        response: OutboxPage,
        problems: [403],
        handle: ({ actor, query }) => listOutbox(outbox, actor, query),
      }),
    );
  }
  return routes;
}
