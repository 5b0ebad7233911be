import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { BotConfig } from '../api/src/config.js';
import type { ConversationReferenceStore } from '../api/src/domain/shared/conversation-references.js';
import { createBotAdapter } from './create-bot-adapter.js';
import { HubBot, type FindPersonByEntraObjectId } from './hub-bot.js';
import type { AuditUseCases } from './audit-dialog.js';
import { auditTabLinks } from './audit-tab-links.js';
import type { BotFeature } from './bot-feature.js';

export type { FindPersonByEntraObjectId, KnownPerson } from './hub-bot.js';

export interface BotEndpointDependencies {
  config: BotConfig;
  conversations: ConversationReferenceStore;
  findPersonByEntraObjectId: FindPersonByEntraObjectId;
  logger: Logger;
  /**
   * The app's id in Teams (the manifest id). When given, the welcome card links straight
   * to the app's Home tab.
   */
  teamsAppId?: string | undefined;
  /** Taking the skills audit in the chat (the "audit" command). */
  audit?: AuditUseCases | undefined;
  /** Other capabilities' commands and card actions (help requests, matches, champions). */
  features?: readonly BotFeature[] | undefined;
}

/** A Teams deep link that opens the app's personal Home tab (entity id "home" in the manifest). */
export function homeTabDeepLink(teamsAppId: string): string {
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/home`;
}

/**
 * The Bot Framework messaging endpoint. The server mounts it at POST /api/messages behind
 * express.json(); the adapter authenticates the request, runs the bot and writes the
 * response (200, or 401 for an activity without a valid Bot Framework token).
 */
export function createBotEndpoint(deps: BotEndpointDependencies): RequestHandler {
  const adapter = createBotAdapter(deps.config, deps.logger);
  const bot = new HubBot({
    conversations: deps.conversations,
    findPersonByEntraObjectId: deps.findPersonByEntraObjectId,
    logger: deps.logger.child({ component: 'bot' }),
    homeTabUrl: deps.teamsAppId ? homeTabDeepLink(deps.teamsAppId) : undefined,
    audit: deps.audit && { useCases: deps.audit, tabLinks: deps.teamsAppId ? auditTabLinks(deps.teamsAppId) : undefined },
    features: deps.features,
  });
  return (req, res, next) => {
    adapter.process(req, res, (context) => bot.run(context)).catch(next);
  };
}
