import type { ChampionStatus } from '../../../contracts/champions.js';
import { AppError } from '../../shared/app-error.js';

/**
 * The champion lifecycle as one table: each move, the statuses it may start from and the
 * status it leads to. "No record" (null) is where everyone starts. Who may make a move is
 * decided by the use cases; whether the move makes sense from here is decided only here.
 */
export const CHAMPION_MOVES = [
  'volunteer',
  'invite',
  'accept-invitation',
  'decline-invitation',
  'approve',
  'decline',
  'pause',
  'resume',
  'step-down',
] as const;
export type ChampionMove = (typeof CHAMPION_MOVES)[number];

/** A status, or null for someone who has never volunteered or been invited. */
export type ChampionState = ChampionStatus | null;

interface MoveRule {
  from: readonly ChampionState[];
  to: ChampionStatus;
  /** Why the move cannot be made, said before the person's current status. */
  refusal: string;
}

// Someone who stepped down or was not taken forward can come back: volunteer again or be invited.
const NOT_A_CHAMPION_NOW: readonly ChampionState[] = [null, 'stepped-down', 'declined'];

export const CHAMPION_TRANSITIONS: Readonly<Record<ChampionMove, MoveRule>> = {
  volunteer: { from: NOT_A_CHAMPION_NOW, to: 'volunteered', refusal: 'You can only volunteer if you are not a Digital Champion already' },
  invite: { from: NOT_A_CHAMPION_NOW, to: 'invited', refusal: 'Only someone who is not a champion, a volunteer or already invited can be invited' },
  'accept-invitation': { from: ['invited'], to: 'active', refusal: 'There is no invitation to accept' },
  'decline-invitation': { from: ['invited'], to: 'declined', refusal: 'There is no invitation to turn down' },
  approve: { from: ['volunteered'], to: 'active', refusal: 'Only a volunteer waiting for approval can be approved' },
  decline: { from: ['volunteered'], to: 'declined', refusal: 'Only a volunteer waiting for approval can be declined' },
  pause: { from: ['active'], to: 'paused', refusal: 'Only an active champion can pause' },
  resume: { from: ['paused'], to: 'active', refusal: 'Only a paused champion can resume' },
  'step-down': { from: ['active', 'paused'], to: 'stepped-down', refusal: 'Only an active or paused champion can step down' },
};

/** Whose status a sentence is about: "you" when people act on their own record, else their name. */
export interface Subject {
  self: boolean;
  displayName: string;
}

/** The person's status in a plain sentence, e.g. "Priya Chauhan is already an active Digital Champion". */
export function describeState(state: ChampionState, subject: Subject): string {
  const who = subject.self ? 'you' : subject.displayName;
  const is = subject.self ? 'are' : 'is';
  const has = subject.self ? 'have' : 'has';
  const was = subject.self ? 'were' : 'was';
  switch (state) {
    case null:
      return `${who} ${is} not a Digital Champion and ${has} not volunteered or been invited`;
    case 'volunteered':
      return `${who} ${has} volunteered and ${is} waiting for the digital team to approve it`;
    case 'invited':
      return `${who} ${has} been invited and ${has} not answered yet`;
    case 'active':
      return `${who} ${is} already an active Digital Champion`;
    case 'paused':
      return `${who} ${is} a Digital Champion whose support is paused`;
    case 'stepped-down':
      return `${who} ${has} stepped down as a Digital Champion`;
    case 'declined':
      return `${who} ${was} not taken forward as a Digital Champion`;
  }
}

export function canMove(move: ChampionMove, from: ChampionState): boolean {
  return CHAMPION_TRANSITIONS[move].from.includes(from);
}

/** The status `move` leads to from `from`; a 409 that says why, in plain English, when it is not allowed. */
export function nextStatus(move: ChampionMove, from: ChampionState, subject: Subject): ChampionStatus {
  const rule = CHAMPION_TRANSITIONS[move];
  if (!rule.from.includes(from)) {
    throw new AppError('conflict', `${rule.refusal}: ${describeState(from, subject)}.`);
  }
  return rule.to;
}
