import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';
import { sessionActions, sessionFacts, whenText, whereText, type DropInCardInput } from './drop-in-card-parts.js';

/** Straight after booking: the place is confirmed, and a reminder will follow the day before. */
export function buildDropInRegisteredCard(input: DropInCardInput): AdaptiveCard {
  const { dropIn } = input;
  const greeting = `Hello ${firstNameOf(input.displayName)}, you have a place at ${dropIn.title}.`;
  const next = 'We will remind you the day before. If you cannot come, cancel your place in the tab so someone else can have it.';
  return adaptiveCard({
    speak: `${greeting} It is on ${whenText(dropIn)}, ${whereText(dropIn)}. ${next}`,
    fallbackText: `Place booked: ${dropIn.title}, ${whenText(dropIn)}.`,
    body: [heading('Your place is booked'), paragraph(greeting), { type: 'FactSet', facts: sessionFacts(dropIn) }, paragraph(next, { spacing: 'Medium' })],
    actions: sessionActions(dropIn, input.tabUrl, { join: false }),
  });
}
