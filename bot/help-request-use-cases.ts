import type {
  CategorySuggestion,
  CreateHelpRequestBody,
  HelpRequest,
  RateHelpRequestBody,
  ResolveHelpRequestBody,
} from '../api/src/contracts/help-requests.js';
import { acceptHelpRequest } from '../api/src/domain/champions/help-requests/accept-help-request.js';
import { cancelHelpRequest } from '../api/src/domain/champions/help-requests/cancel-help-request.js';
import { createHelpRequest } from '../api/src/domain/champions/help-requests/create-help-request.js';
import { getHelpRequest } from '../api/src/domain/champions/help-requests/get-help-request.js';
import type { HelpRequestDeps } from '../api/src/domain/champions/help-requests/help-request-deps.js';
import { passHelpRequest } from '../api/src/domain/champions/help-requests/pass-help-request.js';
import { rateHelpRequest } from '../api/src/domain/champions/help-requests/rate-help-request.js';
import { resolveHelpRequest } from '../api/src/domain/champions/help-requests/resolve-help-request.js';
import { suggestCategory } from '../api/src/domain/champions/help-requests/suggest-category.js';
import type { DirectoryRepository } from '../api/src/domain/directory/directory-repository.js';
import { resolveActor } from '../api/src/domain/directory/resolve-actor.js';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { tabPageDeepLink } from './audit-tab-links.js';

/** The help-request use cases as the bot calls them: the composition root binds their dependencies. */
export interface HelpRequestUseCases {
  /** The person behind a Teams user, with their roles; an AppError when the directory does not know them. */
  actorFor(entraObjectId: string): Promise<Actor>;
  suggestCategory(actor: Actor, text: string): Promise<CategorySuggestion>;
  createHelpRequest(actor: Actor, body: CreateHelpRequestBody): Promise<HelpRequest>;
  acceptHelpRequest(actor: Actor, requestId: string): Promise<HelpRequest>;
  passHelpRequest(actor: Actor, requestId: string): Promise<HelpRequest>;
  cancelHelpRequest(actor: Actor, requestId: string): Promise<HelpRequest>;
  resolveHelpRequest(actor: Actor, requestId: string, body: ResolveHelpRequestBody): Promise<HelpRequest>;
  rateHelpRequest(actor: Actor, requestId: string, body: RateHelpRequestBody): Promise<HelpRequest>;
  getHelpRequest(actor: Actor, requestId: string): Promise<HelpRequest>;
  /** The name of the requester's site, for champions deciding whether they can help in person. */
  siteNameOf(personId: string): Promise<string | null>;
}

/** The same use cases the HTTP routes call, bound to the server's dependencies; requests made here are the bot's. */
export function bindHelpRequestUseCases(deps: HelpRequestDeps, directory: DirectoryRepository): HelpRequestUseCases {
  return {
    actorFor: (entraObjectId) => resolveActor(directory, { entraObjectId }),
    suggestCategory: (actor, text) => suggestCategory(deps, actor, text),
    createHelpRequest: (actor, body) => createHelpRequest(deps, actor, body, 'bot'),
    acceptHelpRequest: (actor, requestId) => acceptHelpRequest(deps, actor, requestId),
    passHelpRequest: (actor, requestId) => passHelpRequest(deps, actor, requestId),
    cancelHelpRequest: (actor, requestId) => cancelHelpRequest(deps, actor, requestId),
    resolveHelpRequest: (actor, requestId, body) => resolveHelpRequest(deps, actor, requestId, body),
    rateHelpRequest: (actor, requestId, body) => rateHelpRequest(deps, actor, requestId, body),
    getHelpRequest: (actor, requestId) => getHelpRequest(deps, actor, requestId),
    siteNameOf: async (personId) => (await directory.findPerson(personId))?.site?.name ?? null,
  };
}

/** Where a how-to guide opens in the app's tab, for the links on help-request cards. */
export function guideTabLink(teamsAppId: string): (guideId: string) => string {
  return (guideId) => tabPageDeepLink(teamsAppId, `/guides/view?id=${encodeURIComponent(guideId)}`);
}
