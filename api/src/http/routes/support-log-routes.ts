import { z } from 'zod';
import { AllSupportLogQuery, SupportLogPage, SupportLogQuery, SupportSession, SupportSessionIdParams } from '../../contracts/support-log.js';
import { deleteSupportSession } from '../../domain/champions/support-log/delete-support-session.js';
import { listAllSupportLog, listMySupportLog } from '../../domain/champions/support-log/list-support-log.js';
import { logSupportSession } from '../../domain/champions/support-log/log-support-session.js';
import type { SupportLogDeps } from '../../domain/champions/support-log/support-log-deps.js';
import { defineRoute } from '../route.js';

const TAG = 'Support log';

/**
 * The body is checked by the use case, so that its shape, the date and unknown skill
 * categories come back together as one 422 naming each field.
 */
const SupportSessionBody = z.unknown().meta({
  description: 'A SupportSessionInput; categoryKeys must exist in the current framework',
  allOf: [{ $ref: '#/components/schemas/SupportSessionInput' }],
});

export function supportLogRoutes(deps: SupportLogDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/support-log',
      tag: TAG,
      summary: 'My support log, newest first, with totals',
      description: 'The totals (sessions, minutes, people helped, by kind) are for the whole filter, not just the page.',
      access: 'signed-in',
      query: SupportLogQuery,
      response: SupportLogPage,
      handle: ({ actor, query }) => listMySupportLog(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/support-log',
      tag: TAG,
      summary: 'Log a support session I gave',
      description:
        'One-to-one, drop-in or helping a resident; help requests are logged when they are resolved. The date is a UK date, today or earlier; ' +
        'minutes 1 to 600. Digital Champions only.',
      access: 'signed-in',
      body: SupportSessionBody,
      response: SupportSession,
      problems: [403, 409, 422],
      handle: ({ actor, body }) => logSupportSession(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/support-log/all',
      tag: TAG,
      summary: "Every champion's support sessions, with totals",
      description: 'Filter by champion, kind, dates and skill category. Digital team and HR only.',
      access: 'signed-in',
      query: AllSupportLogQuery,
      response: SupportLogPage,
      problems: [403],
      handle: ({ actor, query }) => listAllSupportLog(deps, actor, query),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/support-log/:id',
      tag: TAG,
      summary: 'Remove a session I logged by mistake',
      description: 'Only my own, logged by hand within the last 14 days; help requests cannot be removed.',
      access: 'signed-in',
      params: SupportSessionIdParams,
      problems: [403, 404, 409],
      handle: async ({ actor, params }) => {
        await deleteSupportSession(deps, actor, params.id);
        return undefined;
      },
    }),
  ];
}
