import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';
import { sessionActions, whenText, type DropInCardInput } from './drop-in-card-parts.js';

export interface DropInCancelledCardInput extends DropInCardInput {
  /** What the host or the digital team said; may be empty. */
  reason: string;
}

/** The session is off: say so plainly, with the reason when one was given, and where to find another. */
export function buildDropInCancelledCard(input: DropInCancelledCardInput): AdaptiveCard {
  const { dropIn } = input;
  const greeting = `Hello ${firstNameOf(input.displayName)}, sorry: ${dropIn.title} on ${whenText(dropIn)} has been cancelled.`;
  const reason = input.reason.trim() ? `The reason given: ${input.reason.trim()}` : '';
  const next = 'You do not need to do anything. You can book a place at another session in the tab.';
  return adaptiveCard({
    speak: [greeting, reason, next].filter(Boolean).join(' '),
    fallbackText: `Cancelled: ${dropIn.title}, ${whenText(dropIn)}.`,
    body: [
      heading('Drop-in session cancelled'),
      paragraph(greeting),
      ...(reason ? [paragraph(reason, { weight: 'Bolder' as const })] : []),
      paragraph(next),
    ],
    actions: sessionActions(dropIn, input.tabUrl, { join: false }),
  });
}
