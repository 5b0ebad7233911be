import {
  CHAMPION_STATUS_LABELS,
  WEEKDAY_LABELS,
  type ChampionProfile,
  type ChampionStatus,
  type ChampionStatusChange,
} from '../../../../api/src/contracts/champions';
import type { ChampionAction } from '../../api/champions-api';

export const CHAMPIONS_PATHS = { champions: '/champions', profile: '/champions/profile' } as const;

export function statusLabel(status: ChampionStatus): string {
  return CHAMPION_STATUS_LABELS[status];
}

/** "Monday, Tuesday and Friday" from ISO weekdays. */
export function weekdayList(days: readonly number[]): string {
  const names = [...days].sort((a, b) => a - b).map((day) => WEEKDAY_LABELS[day - 1] ?? String(day));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What each action is called on a button, and what the confirmation asks. */
export const ACTION_WORDS: Record<ChampionAction, { button: string; question: (name: string) => string; done: (name: string) => string }> = {
  approve: {
    button: 'Approve',
    question: (name) => `Approve ${name} as a Digital Champion?`,
    done: (name) => `${name} is now an active Digital Champion.`,
  },
  decline: {
    button: 'Decline',
    question: (name) => `Decline ${name}’s offer to be a Digital Champion?`,
    done: (name) => `${name}’s offer was not taken forward. They can volunteer again later.`,
  },
  pause: {
    button: 'Pause',
    question: (name) => `Pause ${name}’s champion support?`,
    done: (name) => `${name}’s support is paused. They will not be offered requests or matches until it is resumed.`,
  },
  resume: {
    button: 'Resume',
    question: (name) => `Resume ${name}’s champion support?`,
    done: (name) => `${name} is an active Digital Champion again.`,
  },
  'step-down': {
    button: 'Step down',
    question: (name) => `Record that ${name} has stepped down as a Digital Champion?`,
    done: (name) => `${name} has stepped down. They can volunteer or be invited again later.`,
  },
};

/** Which actions make sense from a status (the server decides; the page only offers these). */
export function actionsFor(status: ChampionStatus): ChampionAction[] {
  switch (status) {
    case 'volunteered':
      return ['approve', 'decline'];
    case 'active':
      return ['pause', 'step-down'];
    case 'paused':
      return ['resume', 'step-down'];
    default:
      return [];
  }
}

/** A sentence on whether the bot could tell the person, for the page's notice. */
export function toldSentence(change: ChampionStatusChange): string {
  if (change.personTold === true) return ' They have been told through the bot.';
  if (change.personTold === false) return ' The bot could not reach them (they may not have the app yet), so please tell them yourself.';
  return '';
}

/** Who invited the person, from their history. */
export function invitedBy(profile: ChampionProfile): string | null {
  const invitation = [...profile.history].reverse().find((event) => event.toStatus === 'invited');
  return invitation?.by?.displayName ?? null;
}
