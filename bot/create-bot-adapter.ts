import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { BotConfig } from '../api/src/config.js';
import { AppError } from '../api/src/domain/shared/app-error.js';

export const APOLOGY = 'Sorry, something went wrong on our side. Please try again in a few minutes.';

/**
 * Without an app id the Bot Framework switches authentication off: that is local mode,
 * where the Agents Playground talks to the bot without tokens. With an app id every
 * inbound activity must carry a Bot Framework token, and replies are signed with the
 * app's credentials.
 */
function authenticationOptions(config: BotConfig): ConfigurationBotFrameworkAuthenticationOptions {
  if (!config.appId) return {};
  if (config.appType === 'SingleTenant' && !config.tenantId) {
    throw new Error('BOT_APP_TYPE=SingleTenant needs ENTRA_TENANT_ID: the bot signs in to its own tenant');
  }
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appType === 'UserAssignedMSI' ? undefined : config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
  };
}

function userFacingMessage(error: unknown): string {
  return error instanceof AppError ? error.message : APOLOGY;
}

export function createBotAdapter(config: BotConfig, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authenticationOptions(config)));

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activity = context.activity;
    const where = { activityType: activity.type, conversationId: activity.conversation?.id, channelId: activity.channelId };
    if (error instanceof AppError) logger.warn({ ...where, code: error.code }, error.message);
    else logger.error({ ...where, err: error }, 'the bot failed to handle an activity');
    // An invoke (a card button) expects an answer, not a message; its caller shows the failure.
    if (activity.type === 'invoke') return;
    try {
      await context.sendActivity(userFacingMessage(error));
    } catch (sendError) {
      logger.error({ ...where, err: sendError }, 'could not tell the person that the bot failed');
    }
  };

  return adapter;
}
