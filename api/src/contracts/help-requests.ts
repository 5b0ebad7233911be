import { z } from 'zod';
import { PersonRef } from './champions.js';

/** Help requests: asked in the bot or the tab, offered to champions one at a time, claimed by exactly one. */

export const HELP_REQUEST_STATUSES = ['offered', 'open-to-all', 'claimed', 'resolved', 'cancelled'] as const;
export const HelpRequestStatus = z.enum(HELP_REQUEST_STATUSES);
export type HelpRequestStatus = z.infer<typeof HelpRequestStatus>;

export const HELP_REQUEST_STATUS_LABELS: Record<HelpRequestStatus, string> = {
  offered: 'Waiting for a champion',
  'open-to-all': 'Open to every champion',
  claimed: 'A champion is helping',
  resolved: 'Resolved',
  cancelled: 'Cancelled',
};

export const HelpRequestGuide = z.object({ id: z.uuid(), title: z.string() });

export const HelpRequestStep = z.object({
  at: z.iso.datetime({ offset: true }),
  event: z.enum(['asked', 'offered', 'passed', 'expired', 'open-to-all', 'claimed', 'resolved', 'rated', 'cancelled']),
  champion: PersonRef.nullable(),
});

export const HelpRequest = z
  .object({
    id: z.uuid(),
    requester: PersonRef,
    categoryKey: z.string(),
    categoryTitle: z.string(),
    question: z.string(),
    channel: z.enum(['tab', 'bot']),
    status: HelpRequestStatus,
    createdAt: z.iso.datetime({ offset: true }),
    /** The champion it is offered to now (only while `offered`, and only shown to them and the requester). */
    offeredTo: PersonRef.nullable(),
    offerNumber: z.number().int(),
    offerExpiresAt: z.iso.datetime({ offset: true }).nullable(),
    claimedBy: PersonRef.nullable(),
    claimedAt: z.iso.datetime({ offset: true }).nullable(),
    /** A Teams chat with the other side: for the requester, the champion; for the champion, the requester. */
    chatUrl: z.string().nullable(),
    resolvedAt: z.iso.datetime({ offset: true }).nullable(),
    resolutionNote: z.string().nullable(),
    minutesSpent: z.number().int().nullable(),
    rating: z.number().int().min(1).max(5).nullable(),
    ratingComment: z.string().nullable(),
    /** Published how-to guides for the request's skill. */
    guides: z.array(HelpRequestGuide),
    history: z.array(HelpRequestStep),
  })
  .meta({ id: 'HelpRequest' });
export type HelpRequest = z.infer<typeof HelpRequest>;

export const HelpRequestPage = z.object({ items: z.array(HelpRequest), total: z.number().int() }).meta({ id: 'HelpRequestPage' });
export type HelpRequestPage = z.infer<typeof HelpRequestPage>;

/** A champion's queue: offered to them, open to every champion, and the ones they are helping. */
export const ChampionQueue = z
  .object({ offeredToMe: z.array(HelpRequest), openToAll: z.array(HelpRequest), mine: z.array(HelpRequest) })
  .meta({ id: 'ChampionQueue' });
export type ChampionQueue = z.infer<typeof ChampionQueue>;

export const CreateHelpRequestBody = z
  .object({
    question: z.string().trim().min(3).max(1000).describe('What they need help with, in their own words'),
    categoryKey: z.string().trim().min(1).max(60).describe('A category key of the current skills framework'),
  })
  .meta({ id: 'CreateHelpRequestBody' });
export type CreateHelpRequestBody = z.infer<typeof CreateHelpRequestBody>;

export const SuggestCategoryQuery = z.object({ text: z.string().trim().min(1).max(1000) });
export const CategorySuggestion = z
  .object({
    suggested: z.string().nullable().describe('The category key the words point to, or null when they point nowhere'),
    categories: z.array(z.object({ key: z.string(), title: z.string() })),
  })
  .meta({ id: 'CategorySuggestion' });
export type CategorySuggestion = z.infer<typeof CategorySuggestion>;

export const ResolveHelpRequestBody = z
  .object({
    note: z.string().trim().min(3).max(2000).describe('What was done, for the support log'),
    minutesSpent: z.number().int().min(1).max(600),
  })
  .meta({ id: 'ResolveHelpRequestBody' });
export type ResolveHelpRequestBody = z.infer<typeof ResolveHelpRequestBody>;

export const RateHelpRequestBody = z
  .object({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() })
  .meta({ id: 'RateHelpRequestBody' });
export type RateHelpRequestBody = z.infer<typeof RateHelpRequestBody>;

export const HelpRequestIdParams = z.object({ id: z.uuid() });

/** Escalation settings; the digital team changes them. */
export const HelpRequestSettings = z
  .object({
    offerTimeoutWorkingHours: z.number().min(0.25).max(40),
    maxOffers: z.number().int().min(1).max(10),
    /** The team channel (a conversation id the bot was installed in) where unclaimed requests go. */
    championsChannelConversationId: z.string().max(500).nullable(),
  })
  .meta({ id: 'HelpRequestSettings' });
export type HelpRequestSettings = z.infer<typeof HelpRequestSettings>;

/** A team channel the app has been added to, which can be the champions' channel. */
export const TeamChannelChoice = z
  .object({
    conversationId: z.string(),
    /** As Teams named them; null until Teams has sent the name. */
    teamName: z.string().nullable(),
    channelName: z.string().nullable(),
    lastHeardAt: z.iso.datetime(),
  })
  .meta({ id: 'TeamChannelChoice' });
export type TeamChannelChoice = z.infer<typeof TeamChannelChoice>;

export const TeamChannelChoices = z.object({ channels: z.array(TeamChannelChoice) }).meta({ id: 'TeamChannelChoices' });
export type TeamChannelChoices = z.infer<typeof TeamChannelChoices>;

export const DEFAULT_HELP_REQUEST_SETTINGS: HelpRequestSettings = {
  offerTimeoutWorkingHours: 4,
  maxOffers: 3,
  championsChannelConversationId: null,
};
