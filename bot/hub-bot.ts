import {
  TeamsActivityHandler,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationReferenceStore } from '../api/src/domain/shared/conversation-references.js';
import { HELP_COMMAND } from './commands.js';
import { buildHelpCard } from './cards/help-card.js';
import { buildWelcomeCard } from './cards/welcome-card.js';
import { conversationFromActivity, scopeOf, channelConversationId } from './conversation-from-activity.js';
import { commandTextOf } from './message-text.js';
import { commandFromSubmit } from './cards/command-submit.js';
import { cardMessage } from './card-message.js';
import { AuditDialog, isAuditCommand, type AuditTabLinks, type AuditUseCases } from './audit-dialog.js';
import { messageInvokeResponse, type BotFeature } from './bot-feature.js';

export interface KnownPerson {
  id: string;
  displayName: string;
}

export type FindPersonByEntraObjectId = (entraObjectId: string) => Promise<KnownPerson | undefined>;

export interface HubBotDependencies {
  conversations: ConversationReferenceStore;
  findPersonByEntraObjectId: FindPersonByEntraObjectId;
  logger: Logger;
  /** Where "Open the hub" on the welcome card goes; without it the card has no such button. */
  homeTabUrl?: string | undefined;
  /** Taking the skills audit in the chat; without it the bot does not offer the audit. */
  audit?: { useCases: AuditUseCases; tabLinks?: AuditTabLinks | undefined } | undefined;
  /** Other capabilities' commands and card actions, asked in order. */
  features?: readonly BotFeature[] | undefined;
}

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DID_NOT_UNDERSTAND = 'Sorry, I didn’t catch that. Here is what I can do.';
export const CARD_ACTION_UNKNOWN = 'That button is from an older version of the app. Type help to see what I can do now.';

function addsTheBot(activity: Activity): boolean {
  return (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
}

function removesTheBot(activity: Activity): boolean {
  if (activity.type === 'installationUpdate') return activity.action === 'remove';
  return (activity.membersRemoved ?? []).some((member) => member.id === activity.recipient.id);
}

/**
 * The hub's bot: remembers every conversation it hears from (for proactive messages
 * later), welcomes people when it is installed and answers "help". Features add their
 * own commands to bot/commands.ts and their handlers here, each calling one use case.
 */
export class HubBot extends TeamsActivityHandler {
  private readonly auditDialog: AuditDialog | undefined;

  constructor(private readonly deps: HubBotDependencies) {
    super();
    this.auditDialog = deps.audit && new AuditDialog({ ...deps.audit, logger: deps.logger });

    this.onTurn(async (context, next) => {
      await this.rememberConversation(context);
      await next();
    });

    // Teams (and the Agents Playground in Teams mode) announce an installation twice: an
    // installationUpdate and a conversationUpdate adding the bot. Teams' own event is the
    // one to answer there; other channels only send the conversationUpdate.
    this.onInstallationUpdateAdd(async (context, next) => {
      if (context.activity.action === 'add') await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (context.activity.channelId !== 'msteams' && addsTheBot(context.activity)) await this.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  private async rememberConversation(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    const { logger, conversations } = this.deps;
    // A failure to remember must not stop the bot answering the person in front of it:
    // the next activity from this conversation saves the reference again.
    try {
      if (removesTheBot(activity)) {
        const conversationId =
          scopeOf(activity) === 'team' ? channelConversationId(activity.conversation.id) : activity.conversation.id;
        await conversations.remove(conversationId);
        return;
      }
      const person = await this.personBehind(activity);
      await conversations.save(conversationFromActivity(activity, person?.id ?? null));
    } catch (error) {
      logger.error({ err: error, conversationId: activity.conversation.id }, 'could not save the bot conversation reference');
    }
  }

  private async personBehind(activity: Activity): Promise<KnownPerson | undefined> {
    const objectId = activity.from?.aadObjectId;
    // Entra object ids are GUIDs; anything else (the Agents Playground's made-up users)
    // cannot be in the directory, and must not reach a uuid column.
    if (!objectId || !ENTRA_OBJECT_ID.test(objectId) || scopeOf(activity) !== 'personal') return undefined;
    return this.deps.findPersonByEntraObjectId(objectId);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const person = await this.findPersonQuietly(activity);
    const card = buildWelcomeCard({
      scope: scopeOf(activity),
      displayName: person?.displayName ?? (scopeOf(activity) === 'personal' ? activity.from?.name : undefined),
      homeTabUrl: this.deps.homeTabUrl,
    });
    await context.sendActivity(cardMessage(card));
  }

  private async answer(context: TurnContext): Promise<void> {
    const scope = scopeOf(context.activity) === 'personal' ? 'personal' : 'team';
    const helpCard = buildHelpCard({ scope });
    const asked = commandFromSubmit(context.activity.value) ?? commandTextOf(context.activity);
    if (asked === HELP_COMMAND.title) {
      await context.sendActivity(cardMessage(helpCard));
      return;
    }
    if (this.auditDialog && isAuditCommand(asked)) {
      await this.auditDialog.run(context, asked);
      return;
    }
    for (const feature of this.deps.features ?? []) {
      if (await feature.onMessage?.(context, asked)) return;
    }
    await context.sendActivity(cardMessage(helpCard, DID_NOT_UNDERSTAND));
  }

  /** Action.Execute presses: the feature that owns the verb answers with the card to show in place of the pressed one. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb ?? '';
    for (const feature of this.deps.features ?? []) {
      const response = await feature.onCardAction?.(context, verb, invokeValue.action?.data);
      if (response) return response;
    }
    return messageInvokeResponse(CARD_ACTION_UNKNOWN);
  }

  /** The welcome is worth sending even when the directory cannot be asked right now. */
  private async findPersonQuietly(activity: Activity): Promise<KnownPerson | undefined> {
    try {
      return await this.personBehind(activity);
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'could not look up the person for the welcome card');
      return undefined;
    }
  }
}
