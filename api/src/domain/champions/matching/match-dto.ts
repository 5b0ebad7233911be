import type { Match, MyMatch } from '../../../contracts/matching.js';
import { teamsChatUrl } from '../teams-chat-link.js';
import type { MatchNotice } from './match-notifier.js';
import type { MatchPerson, StoredMatch } from './matching-deps.js';

function firstName(person: MatchPerson): string {
  return person.displayName.split(' ')[0] ?? person.displayName;
}

export function toMatch(match: StoredMatch): Match {
  return {
    id: match.id,
    runId: match.runId,
    learner: { id: match.learner.id, displayName: match.learner.displayName },
    champion: { id: match.champion.id, displayName: match.champion.displayName },
    score: match.score,
    explanation: match.explanation,
    status: match.status,
    createdAt: match.createdAt.toISOString(),
    declinedBy: match.declinedBy,
    declinedAt: match.declinedAt?.toISOString() ?? null,
  };
}

/** A chat with the champion, with a first message typed in for the learner to send (or change). */
export function learnerChatUrl(match: StoredMatch): string {
  return teamsChatUrl(match.champion.email, `Hello ${firstName(match.champion)}, the Digital Culture Hub matched us. When could we meet?`);
}

export function championChatUrl(match: StoredMatch): string {
  return teamsChatUrl(match.learner.email, `Hello ${firstName(match.learner)}, I am your Digital Champion. When would suit you to meet?`);
}

/** The match as `viewerId` sees it: the chat link goes to the other side. */
export function toMyMatch(match: StoredMatch, viewerId: string): MyMatch {
  return { ...toMatch(match), chatUrl: viewerId === match.learner.id ? learnerChatUrl(match) : championChatUrl(match) };
}

export function noticeOf(match: StoredMatch): MatchNotice {
  return { match: toMatch(match), learnerChatUrl: learnerChatUrl(match), championChatUrl: championChatUrl(match) };
}
