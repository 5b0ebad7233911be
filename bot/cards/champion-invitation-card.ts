import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';

/** The verbs of the invitation's buttons, handled by the champion feature. */
export const CHAMPION_INVITATION_ACCEPT = 'champion.invitation.accept';
export const CHAMPION_INVITATION_DECLINE = 'champion.invitation.decline';

export interface ChampionInvitationCardInput {
  /** The invited person: the buttons only work for them. */
  personId: string;
  displayName: string;
  invitedBy: string;
  note: string | null;
  /** The Digital Champions page in the tab, when the bot knows how to link to it. */
  aboutUrl?: string | undefined;
}

export const WHAT_A_CHAMPION_DOES =
  'Digital Champions help colleagues with everyday digital tasks: answering a question from the bot, sitting with someone for half an hour, or running a drop-in session. You choose how many people you help at once, and you can pause or stop at any time.';

/** Sent by the bot when the digital team invites someone; Accept and No thanks answer it in place. */
export function buildChampionInvitationCard(input: ChampionInvitationCardInput): AdaptiveCard {
  const greeting = `Hello ${firstNameOf(input.displayName)}, ${input.invitedBy} from the digital team has invited you to be a Digital Champion.`;
  const why = 'Your skills audit shows you are confident with digital tools, and colleagues could learn a lot from you.';
  const body: CardElement[] = [heading('Would you like to be a Digital Champion?'), paragraph(greeting), paragraph(why), paragraph(WHAT_A_CHAMPION_DOES)];
  if (input.note) body.push(paragraph(`${input.invitedBy} wrote: “${input.note}”`, { isSubtle: true, spacing: 'Medium' }));
  const data = { personId: input.personId };
  const actions: CardAction[] = [
    { type: 'Action.Execute', title: 'Accept', verb: CHAMPION_INVITATION_ACCEPT, data, style: 'positive', associatedInputs: 'none' },
    { type: 'Action.Execute', title: 'No thanks', verb: CHAMPION_INVITATION_DECLINE, data, associatedInputs: 'none' },
  ];
  if (input.aboutUrl) actions.push({ type: 'Action.OpenUrl', title: 'Find out more', url: input.aboutUrl });
  return adaptiveCard({
    speak: `Would you like to be a Digital Champion? ${greeting} ${why} ${WHAT_A_CHAMPION_DOES}${input.note ? ` ${input.invitedBy} wrote: ${input.note}` : ''}`,
    fallbackText: `${input.invitedBy} has invited you to be a Digital Champion. Open the hub to answer.`,
    body,
    actions,
  });
}
