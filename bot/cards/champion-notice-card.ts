import type { ChampionMove } from '../../api/src/domain/champions/lifecycle/champion-transitions.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import type { ChampionTabLinks } from './champion-answer-cards.js';

/** Moves the digital team makes on someone's record that the person is told about by a notice (invitations have their own card). */
export type NoticeMove = Extract<ChampionMove, 'approve' | 'decline' | 'pause' | 'resume' | 'step-down'>;

export interface ChampionNoticeCardInput {
  move: NoticeMove;
  by: string;
  note: string | null;
  links?: ChampionTabLinks | undefined;
}

const WORDING: Record<NoticeMove, { title: string; text: (by: string) => string }> = {
  approve: {
    title: 'You are now a Digital Champion',
    text: (by) => `${by} from the digital team has approved your offer. Thank you. Fill in your champion profile so I can send you the right requests.`,
  },
  decline: {
    title: 'About your offer to be a Digital Champion',
    text: (by) => `${by} from the digital team has not taken your offer forward this time. Thank you for offering; you can volunteer again later.`,
  },
  pause: {
    title: 'Your champion support is paused',
    text: (by) => `${by} from the digital team has paused your Digital Champion support. I won’t send you new requests until it is resumed.`,
  },
  resume: {
    title: 'Your champion support is back on',
    text: (by) => `${by} from the digital team has resumed your Digital Champion support. I’ll send you requests again.`,
  },
  'step-down': {
    title: 'You are no longer a Digital Champion',
    text: (by) => `${by} from the digital team has recorded that you have stepped down as a Digital Champion. Thank you for everything you did.`,
  },
};

/** Tells a person what the digital team changed on their champion record. */
export function buildChampionNoticeCard(input: ChampionNoticeCardInput): AdaptiveCard {
  const wording = WORDING[input.move];
  const text = wording.text(input.by);
  const body: CardElement[] = [heading(wording.title), paragraph(text)];
  if (input.note) body.push(paragraph(`${input.by} wrote: “${input.note}”`, { isSubtle: true }));
  const url = input.move === 'approve' ? input.links?.profile : input.links?.champions;
  return adaptiveCard({
    speak: `${wording.title}. ${text}${input.note ? ` ${input.by} wrote: ${input.note}` : ''}`,
    fallbackText: wording.title,
    body,
    actions: url ? [{ type: 'Action.OpenUrl', title: input.move === 'approve' ? 'Fill in my profile' : 'See my champion status', url }] : [],
  });
}
