import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';
import { sessionActions, sessionFacts, whenText, whereText, type DropInCardInput } from './drop-in-card-parts.js';

/** The day before: what, when and where, with the Teams meeting to join when there is one. */
export function buildDropInReminderCard(input: DropInCardInput): AdaptiveCard {
  const { dropIn } = input;
  const greeting = `Hello ${firstNameOf(input.displayName)}, a reminder that you have a place at a drop-in session soon.`;
  const where = dropIn.format === 'online' ? 'Join the Teams meeting at the start time.' : `Come to ${whereText(dropIn)}.`;
  const cannot = 'If you cannot come, please cancel your place in the tab so someone else can have it.';
  return adaptiveCard({
    speak: `${greeting} ${dropIn.title}, ${whenText(dropIn)}. ${where} ${cannot}`,
    fallbackText: `Reminder: ${dropIn.title}, ${whenText(dropIn)}. ${whereText(dropIn)}.`,
    body: [
      heading(`Reminder: ${dropIn.title}`),
      paragraph(greeting),
      { type: 'FactSet', facts: sessionFacts(dropIn) },
      paragraph(where, { weight: 'Bolder', spacing: 'Medium' }),
      paragraph(cannot, { isSubtle: true }),
    ],
    actions: sessionActions(dropIn, input.tabUrl, { join: true }),
  });
}
