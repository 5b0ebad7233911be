import { PageQuery } from '../../contracts/common.js';
import {
  CategorySuggestion,
  ChampionQueue,
  CreateHelpRequestBody,
  HelpRequest,
  HelpRequestIdParams,
  HelpRequestPage,
  HelpRequestSettings,
  RateHelpRequestBody,
  ResolveHelpRequestBody,
  SuggestCategoryQuery,
  TeamChannelChoices,
} from '../../contracts/help-requests.js';
import { acceptHelpRequest } from '../../domain/champions/help-requests/accept-help-request.js';
import { cancelHelpRequest } from '../../domain/champions/help-requests/cancel-help-request.js';
import { createHelpRequest } from '../../domain/champions/help-requests/create-help-request.js';
import { getChampionQueue } from '../../domain/champions/help-requests/get-champion-queue.js';
import { getHelpRequest } from '../../domain/champions/help-requests/get-help-request.js';
import type { HelpRequestDeps } from '../../domain/champions/help-requests/help-request-deps.js';
import { getHelpRequestSettings, listTeamChannelChoices, updateHelpRequestSettings } from '../../domain/champions/help-requests/help-request-settings.js';
import { listMyHelpRequests } from '../../domain/champions/help-requests/list-my-help-requests.js';
import { passHelpRequest } from '../../domain/champions/help-requests/pass-help-request.js';
import { rateHelpRequest } from '../../domain/champions/help-requests/rate-help-request.js';
import { resolveHelpRequest } from '../../domain/champions/help-requests/resolve-help-request.js';
import { suggestCategory } from '../../domain/champions/help-requests/suggest-category.js';
import { defineRoute } from '../route.js';
import { settingsRoutes } from './settings-routes.js';

const TAG = 'Help requests';

/** Acting on one request: the champion's Accept and Pass, the requester's Cancel. */
function action(deps: HelpRequestDeps, verb: 'accept' | 'pass' | 'cancel', summary: string, description: string) {
  const run = { accept: acceptHelpRequest, pass: passHelpRequest, cancel: cancelHelpRequest }[verb];
  return defineRoute({
    method: 'post',
    path: `/api/help-requests/:id/${verb}`,
    tag: TAG,
    summary,
    description,
    access: 'signed-in',
    params: HelpRequestIdParams,
    response: HelpRequest,
    problems: [403, 404, 409],
    handle: ({ actor, params }) => run(deps, actor, params.id),
  });
}

export function helpRequestRoutes(deps: HelpRequestDeps) {
  // Fixed paths come before `/:id`, which would otherwise take "mine" for an id.
  return [
    ...settingsRoutes({
      path: '/api/help-requests/settings',
      tag: TAG,
      response: HelpRequestSettings,
      body: {
        id: 'HelpRequestSettingsBody',
        description: 'A HelpRequestSettings object: offerTimeoutWorkingHours, maxOffers, championsChannelConversationId',
      },
      who: 'Digital team and administrators',
      summaries: {
        get: 'How long an offer lasts, how many champions are asked before every champion is, and the champions’ channel',
        put: 'Change the help request settings',
      },
      get: (actor) => getHelpRequestSettings(deps, actor),
      update: (actor, body) => updateHelpRequestSettings(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/help-requests/settings/channels',
      tag: TAG,
      summary: 'The Teams channels the app has been added to, any of which can be the champions’ channel',
      description: 'Digital team and administrators.',
      access: 'signed-in',
      response: TeamChannelChoices,
      problems: [403],
      handle: ({ actor }) => listTeamChannelChoices(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/help-requests/suggest-category',
      tag: TAG,
      summary: 'The skill someone’s words point to, with every skill to choose from',
      access: 'signed-in',
      query: SuggestCategoryQuery,
      response: CategorySuggestion,
      handle: ({ actor, query }) => suggestCategory(deps, actor, query.text),
    }),
    defineRoute({
      method: 'get',
      path: '/api/help-requests/mine',
      tag: TAG,
      summary: 'The help requests I asked, newest first',
      access: 'signed-in',
      query: PageQuery,
      response: HelpRequestPage,
      handle: ({ actor, query }) => listMyHelpRequests(deps, actor, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/help-requests/queue',
      tag: TAG,
      summary: 'My champion queue: offered to me, open to every champion, and the ones I am helping with',
      description: 'Digital Champions only.',
      access: 'signed-in',
      response: ChampionQueue,
      problems: [403],
      handle: ({ actor }) => getChampionQueue(deps, actor),
    }),
    defineRoute({
      method: 'post',
      path: '/api/help-requests',
      tag: TAG,
      summary: 'Ask a Digital Champion for help',
      description:
        'The request is offered to the best available champion (strengths, site, load, working day), or to every champion when nobody is available. ' +
        'A category that is not in the current skills framework is a 422 naming `body.categoryKey`, and nothing is written.',
      access: 'signed-in',
      rateLimit: 'help-request',
      body: CreateHelpRequestBody,
      response: HelpRequest,
      problems: [422, 503],
      handle: ({ actor, body }) => createHelpRequest(deps, actor, body, 'tab'),
    }),
    defineRoute({
      method: 'get',
      path: '/api/help-requests/:id',
      tag: TAG,
      summary: 'One help request',
      description:
        'The person who asked, the champion it is offered to or who took it, any champion while it is open to all, and the digital team (audit-logged). Anyone else gets 404.',
      access: 'signed-in',
      params: HelpRequestIdParams,
      response: HelpRequest,
      problems: [404],
      handle: ({ actor, params }) => getHelpRequest(deps, actor, params.id),
    }),
    action(
      deps,
      'accept',
      'Take a help request offered to me or open to every champion',
      'Exactly one champion can take a request: of champions accepting at once, one gets 200 and every other a 409 saying who took it.',
    ),
    action(deps, 'pass', 'Pass on a help request offered to me', 'It goes to the next champion, or to every champion. Only the champion it is offered to; 409 when it no longer is.'),
    action(deps, 'cancel', 'Cancel my help request', 'Only the person who asked, while it is waiting or being helped with; 409 once resolved or cancelled.'),
    defineRoute({
      method: 'post',
      path: '/api/help-requests/:id/resolve',
      tag: TAG,
      summary: 'Mark a help request I took as resolved, with a note and the minutes spent',
      description: 'Only the champion who took it. The session is added to their support log in the same transaction.',
      access: 'signed-in',
      params: HelpRequestIdParams,
      body: ResolveHelpRequestBody,
      response: HelpRequest,
      problems: [403, 404, 409],
      handle: ({ actor, params, body }) => resolveHelpRequest(deps, actor, params.id, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/help-requests/:id/rate',
      tag: TAG,
      summary: 'Rate the help I had with a request, 1 to 5 with an optional comment',
      description: 'Only the person who asked, once the request is resolved, and only once (409 otherwise).',
      access: 'signed-in',
      params: HelpRequestIdParams,
      body: RateHelpRequestBody,
      response: HelpRequest,
      problems: [403, 404, 409],
      handle: ({ actor, params, body }) => rateHelpRequest(deps, actor, params.id, body),
    }),
  ];
}
