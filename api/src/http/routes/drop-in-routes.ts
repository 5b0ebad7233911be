import { z } from 'zod';
import {
  CancelDropInBody,
  DropIn,
  DropInIdParams,
  DropInPage,
  DropInQuery,
  DropInSites,
  HostedDropInList,
  LogDropInBody,
} from '../../contracts/drop-ins.js';
import { SupportSession } from '../../contracts/support-log.js';
import { cancelDropIn } from '../../domain/champions/drop-ins/cancel-drop-in.js';
import { createDropIn } from '../../domain/champions/drop-ins/create-drop-in.js';
import type { DropInDeps } from '../../domain/champions/drop-ins/drop-in-deps.js';
import { getDropIn, listDropIns, listDropInSites, listMyHostedDropIns } from '../../domain/champions/drop-ins/drop-in-queries.js';
import { logDropIn } from '../../domain/champions/drop-ins/log-drop-in.js';
import { cancelRegistration, registerForDropIn } from '../../domain/champions/drop-ins/register-for-drop-in.js';
import { defineRoute } from '../route.js';

const TAG = 'Drop-in sessions';

/** Checked by the use case, so that shape, times, place and skills come back together as one 422. */
const DropInBody = z.unknown().meta({
  description: 'A DropInInput; categoryKeys must exist in the current framework',
  allOf: [{ $ref: '#/components/schemas/DropInInput' }],
});

export function dropInRoutes(deps: DropInDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/drop-ins',
      tag: TAG,
      summary: 'Drop-in sessions that have not ended, soonest first',
      description: 'With places left and whether I have a place. Filter by skill category, site and format.',
      access: 'signed-in',
      query: DropInQuery,
      response: DropInPage,
      handle: ({ actor, query }) => listDropIns(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/drop-ins',
      tag: TAG,
      summary: 'Put on a drop-in session',
      description:
        'Starts in the future and lasts at most 8 hours. In person needs a site and a place. Online sessions (and in-person ones with alsoOnline) ' +
        'get a Teams meeting organised by the host, which needs their account linked to Microsoft 365. Digital Champions only.',
      access: 'signed-in',
      body: DropInBody,
      response: DropIn,
      problems: [403, 422],
      handle: ({ actor, body }) => createDropIn(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/drop-ins/hosted',
      tag: TAG,
      summary: 'The sessions I host, with who has a place',
      description: 'Upcoming sessions and those of the last 30 days, cancelled ones included.',
      access: 'signed-in',
      response: HostedDropInList,
      handle: ({ actor }) => listMyHostedDropIns(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/drop-ins/sites',
      tag: TAG,
      summary: 'The council’s sites, for where a session happens',
      access: 'signed-in',
      response: DropInSites,
      handle: () => listDropInSites(deps),
    }),
    defineRoute({
      method: 'get',
      path: '/api/drop-ins/:id',
      tag: TAG,
      summary: 'One drop-in session',
      description: 'The Teams meeting link is shown to the host and to people with a place.',
      access: 'signed-in',
      params: DropInIdParams,
      response: DropIn,
      problems: [404],
      handle: ({ actor, params }) => getDropIn(deps, actor, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/drop-ins/:id/register',
      tag: TAG,
      summary: 'Book a place',
      description: 'Refused (409) when it is full, cancelled or has started, or when I already have a place. The bot confirms the booking.',
      access: 'signed-in',
      params: DropInIdParams,
      response: DropIn,
      problems: [404, 409],
      handle: ({ actor, params }) => registerForDropIn(deps, actor, params.id),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/drop-ins/:id/registration',
      tag: TAG,
      summary: 'Give my place back',
      description: 'Up to the moment the session starts.',
      access: 'signed-in',
      params: DropInIdParams,
      response: DropIn,
      problems: [404, 409],
      handle: ({ actor, params }) => cancelRegistration(deps, actor, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/drop-ins/:id/cancel',
      tag: TAG,
      summary: 'Cancel a drop-in session',
      description: 'The host or the digital team. Everyone with a place is told through the bot, with the reason.',
      access: 'signed-in',
      params: DropInIdParams,
      body: CancelDropInBody,
      response: DropIn,
      problems: [403, 404, 409],
      handle: ({ actor, params, body }) => cancelDropIn(deps, actor, params.id, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/drop-ins/:id/log',
      tag: TAG,
      summary: 'Log an ended drop-in in my support log',
      description: 'The host only, once. Minutes, people helped and skills default to the session’s length, bookings and skills.',
      access: 'signed-in',
      params: DropInIdParams,
      body: LogDropInBody,
      response: SupportSession,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => logDropIn(deps, actor, params.id, body),
    }),
  ];
}
