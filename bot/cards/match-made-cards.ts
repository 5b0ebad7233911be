import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';

/** The verb of the Decline button on both sides' cards, handled by the match feature. */
export const MATCH_DECLINE = 'match.decline';

export interface MatchCardInput {
  matchId: string;
  /** The other side of the match: the champion on the learner's card, the learner on the champion's. */
  otherName: string;
  /** Why they were matched: "covers 3 of 4 gaps · same building". */
  explanation: string;
  /** A Teams chat with the other side. */
  chatUrl: string;
}

function actions(input: MatchCardInput): CardAction[] {
  return [
    { type: 'Action.OpenUrl', title: 'Open chat', url: input.chatUrl },
    { type: 'Action.Execute', title: 'Decline', verb: MATCH_DECLINE, data: { matchId: input.matchId }, associatedInputs: 'none' },
  ];
}

/** Sent to the learner: who their champion is, why, a chat to arrange a time, and a way out. */
export function buildLearnerMatchCard(input: MatchCardInput): AdaptiveCard {
  const matched = `You have been matched with ${input.otherName} — ${input.explanation}`;
  const next = `Send ${firstNameOf(input.otherName)} a message to arrange a time. If this does not suit you, decline and we will look for someone else next time.`;
  return adaptiveCard({
    speak: `You have a Digital Champion. ${matched}. ${next}`,
    fallbackText: `You have been matched with ${input.otherName}, a Digital Champion.`,
    body: [heading('You have a Digital Champion'), paragraph(matched, { weight: 'Bolder' }), paragraph(next)],
    actions: actions(input),
  });
}

/** Sent to the champion: the mirror of the learner's card. */
export function buildChampionMatchCard(input: MatchCardInput): AdaptiveCard {
  const matched = `You have been matched with ${input.otherName} — ${input.explanation}`;
  const next = `${firstNameOf(input.otherName)} asked for help from a Digital Champion. Send them a message to arrange a time. If you cannot help at the moment, decline and they will be matched with someone else.`;
  return adaptiveCard({
    speak: `Someone would like your help. ${matched}. ${next}`,
    fallbackText: `You have been matched with ${input.otherName}, who would like help from a Digital Champion.`,
    body: [heading('Someone would like your help'), paragraph(matched, { weight: 'Bolder' }), paragraph(next)],
    actions: actions(input),
  });
}
