import type { Logger } from 'pino';
import type { HelpRequest } from '../api/src/contracts/help-requests.js';
import type { HelpRequestCardStore, RecordedHelpRequestCard } from '../api/src/db/help-request-card-repository.js';
import type { HelpRequestChats, HelpRequestEvent, HelpRequestNotifier } from '../api/src/domain/champions/help-requests/help-request-notifier.js';
import type { CardSender, SentCard } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import type { HelpRequestCardLinks } from './cards/help-request-card-parts.js';
import { helpRequestCardFor, type HelpRequestViewer } from './cards/help-request-view-card.js';

/**
 * Tells people about a help request through the bot: the offer to a champion, the post in
 * the champions' channel, each step to the requester, and every card already shown brought
 * up to date. Every card sent is recorded so a later change can update it. A card that
 * cannot be sent or updated is logged and skipped: the change it reports is already
 * committed, and the tab shows the truth.
 */
export interface HelpRequestBotNotifierDependencies {
  sender: CardSender;
  cards: HelpRequestCardStore;
  /** The champions' team channel the digital team chose, or null when they have not. */
  championsChannelId(): Promise<string | null>;
  siteNameOf(personId: string): Promise<string | null>;
  guideUrl?: ((guideId: string) => string) | undefined;
  logger: Logger;
}

interface Delivery {
  audience: RecordedHelpRequestCard['audience'];
  personId: string | null;
}

function viewerOf(card: Pick<RecordedHelpRequestCard, 'audience' | 'personId'>): HelpRequestViewer {
  if (card.audience === 'requester') return { kind: 'requester' };
  if (card.audience === 'champion' && card.personId) return { kind: 'champion', personId: card.personId };
  return { kind: 'channel' };
}

/** Whether the claimer took the request from the offer made to them (and so already has its card in their chat). */
function claimedFromTheirOffer(request: HelpRequest): boolean {
  const steps = request.history.filter((step) => step.event !== 'claimed' && step.event !== 'resolved' && step.event !== 'rated');
  const last = steps.at(-1);
  return last?.event === 'offered' && last.champion?.id === request.claimedBy?.id;
}

export function createHelpRequestBotNotifier(deps: HelpRequestBotNotifierDependencies): HelpRequestNotifier {
  const { sender, cards, logger } = deps;

  // One look-up of the requester's site per event, however many cards show it.
  const sites = new WeakMap<HelpRequest, Promise<string | null>>();

  async function linksFor(viewer: HelpRequestViewer, request: HelpRequest, chats: HelpRequestChats): Promise<HelpRequestCardLinks> {
    if (viewer.kind === 'requester') return { chatUrl: chats.withChampion, guideUrl: deps.guideUrl };
    let site = sites.get(request);
    if (!site) {
      site = deps.siteNameOf(request.requester.id);
      sites.set(request, site);
    }
    return { chatUrl: chats.withRequester, guideUrl: deps.guideUrl, requesterSite: await site };
  }

  async function cardFor(viewer: HelpRequestViewer, request: HelpRequest, chats: HelpRequestChats): Promise<AdaptiveCard> {
    return helpRequestCardFor(viewer, request, await linksFor(viewer, request, chats));
  }

  async function remember(request: HelpRequest, sent: SentCard | undefined, delivery: Delivery): Promise<void> {
    if (!sent?.activityId) return;
    await cards.record({ requestId: request.id, ...sent, ...delivery });
  }

  /** Sends the card for the viewer to a person's chat with the bot, and records it. */
  async function toPerson(request: HelpRequest, chats: HelpRequestChats, personId: string, delivery: Delivery): Promise<void> {
    try {
      const card = await cardFor(viewerOf(delivery), request, chats);
      const sent = await sender.toPerson(personId, card);
      if (!sent) logger.info({ requestId: request.id, personId }, 'no chat with the bot to tell this person about the help request');
      await remember(request, sent, delivery);
    } catch (error) {
      logger.error({ err: error, requestId: request.id, personId }, 'could not send a help-request card');
    }
  }

  async function toChampionsChannel(request: HelpRequest, chats: HelpRequestChats): Promise<void> {
    try {
      // Without a chosen channel, the team the bot heard from most recently is the best guess.
      const conversationId = (await deps.championsChannelId()) ?? (await cards.latestTeamConversationId());
      if (!conversationId) {
        logger.warn({ requestId: request.id }, 'no team channel to post the help request to; champions see it in their queue');
        return;
      }
      const sent = await sender.toConversation(conversationId, await cardFor({ kind: 'channel' }, request, chats));
      if (!sent) logger.warn({ requestId: request.id, conversationId }, 'the bot has never heard from the champions’ channel');
      await remember(request, sent, { audience: 'channel', personId: null });
    } catch (error) {
      logger.error({ err: error, requestId: request.id }, 'could not post the help request to the champions’ channel');
    }
  }

  /** Brings each card already shown (except those `skip` names) up to date for whoever sees it. */
  async function updateShown(request: HelpRequest, chats: HelpRequestChats, skip: (card: RecordedHelpRequestCard) => boolean = () => false): Promise<void> {
    let shown: RecordedHelpRequestCard[];
    try {
      shown = await cards.listForRequest(request.id);
    } catch (error) {
      logger.error({ err: error, requestId: request.id }, 'could not read the help request’s cards');
      return;
    }
    await Promise.all(
      shown
        .filter((card) => !skip(card))
        .map(async (card) => {
          try {
            await sender.update(card, await cardFor(viewerOf(card), request, chats));
          } catch (error) {
            logger.error({ err: error, requestId: request.id, activityId: card.activityId }, 'could not update a help-request card');
          }
        }),
    );
  }

  const requester = (request: HelpRequest): Delivery => ({ audience: 'requester', personId: request.requester.id });
  const champion = (personId: string): Delivery => ({ audience: 'champion', personId });

  async function handle(event: HelpRequestEvent): Promise<void> {
    const { request, chats } = event;
    switch (event.kind) {
      case 'offered':
        // An earlier champion's offer (passed or timed out) now says it has moved on.
        await updateShown(request, chats, (card) => card.audience !== 'champion' || card.personId === event.champion.id);
        await toPerson(request, chats, event.champion.id, champion(event.champion.id));
        await toPerson(request, chats, request.requester.id, requester(request));
        return;
      case 'open-to-all':
        await updateShown(request, chats, (card) => card.audience !== 'champion');
        await toChampionsChannel(request, chats);
        await toPerson(request, chats, request.requester.id, requester(request));
        return;
      case 'claimed': {
        await updateShown(request, chats);
        const claimer = request.claimedBy;
        // Taken from the channel, the tab or an old card: the claimer gets the request in their own chat.
        if (claimer && !claimedFromTheirOffer(request)) await toPerson(request, chats, claimer.id, champion(claimer.id));
        await toPerson(request, chats, request.requester.id, requester(request));
        return;
      }
      case 'resolved':
        // The requester's older cards keep the chat link; the new card asks for the rating.
        await updateShown(request, chats, (card) => card.audience === 'requester');
        await toPerson(request, chats, request.requester.id, requester(request));
        return;
      case 'rated':
        // Only the two people involved see the rating.
        await updateShown(request, chats, (card) => card.audience === 'channel' || (card.audience === 'champion' && card.personId !== request.claimedBy?.id));
        return;
      case 'cancelled':
        await updateShown(request, chats);
        return;
    }
  }

  return {
    async notify(event) {
      try {
        await handle(event);
      } catch (error) {
        logger.error({ err: error, requestId: event.request.id, event: event.kind }, 'could not tell people about a help request');
      }
    },
  };
}
