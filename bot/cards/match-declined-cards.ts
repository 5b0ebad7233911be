import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';

/** The "My champion" page in the tab, when the bot knows how to link to it. */
export interface MatchTabLinks {
  myChampion: string;
}

function openMyChampion(links: MatchTabLinks | undefined): CardAction[] {
  return links ? [{ type: 'Action.OpenUrl', title: 'Open My champion', url: links.myChampion }] : [];
}

/** What the pressed card becomes for the person who declined. */
export function buildYouDeclinedCard(input: { otherName: string; side: 'learner' | 'champion'; links?: MatchTabLinks | undefined }): AdaptiveCard {
  const done = `You declined the match with ${input.otherName}. We have let ${firstNameOf(input.otherName)} know.`;
  const next =
    input.side === 'learner'
      ? 'You are still on the list for a champion: the next matching run will look for someone else. To stop, withdraw on the My champion page.'
      : `Thank you for letting us know. ${firstNameOf(input.otherName)} will be matched with someone else.`;
  return adaptiveCard({
    speak: `Match declined. ${done} ${next}`,
    fallbackText: done,
    body: [heading('Match declined'), paragraph(done), paragraph(next)],
    actions: openMyChampion(input.links),
  });
}

/** Sent to the other side when someone declines a match. */
export function buildMatchDeclinedNoticeCard(input: { declinedBy: string; toldSide: 'learner' | 'champion'; links?: MatchTabLinks | undefined }): AdaptiveCard {
  const what =
    input.toldSide === 'learner'
      ? `${input.declinedBy} cannot be your Digital Champion after all.`
      : `${input.declinedBy} declined the match with you.`;
  const next =
    input.toldSide === 'learner'
      ? 'You are still on the list: the next matching run will look for another champion for you.'
      : 'You now have a place free for someone else.';
  return adaptiveCard({
    speak: `A match was declined. ${what} ${next}`,
    fallbackText: what,
    body: [heading('A match was declined'), paragraph(what), paragraph(next)],
    actions: openMyChampion(input.links),
  });
}

/** A decline the use case refused (already declined, someone else's match), with its reason. */
export function buildMatchProblemCard(message: string, links?: MatchTabLinks): AdaptiveCard {
  return adaptiveCard({
    speak: `That didn’t work. ${message}`,
    fallbackText: message,
    body: [heading('That didn’t work'), paragraph(message)],
    actions: openMyChampion(links),
  });
}
