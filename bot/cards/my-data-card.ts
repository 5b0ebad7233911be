import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';

const TITLE = 'Your data';
const TEXT =
  'You can download everything the hub holds about you: your directory entry, skills audits, objectives, help you asked for or gave, and who has looked at your records. It is on the privacy notice in the tab.';

/** Where to download your data: the tab's privacy notice, which does it in one select. */
export function buildMyDataCard(privacyUrl: string): AdaptiveCard {
  return adaptiveCard({
    speak: `${TITLE}. ${TEXT}`,
    fallbackText: TITLE,
    body: [heading(TITLE), paragraph(TEXT)],
    actions: [{ type: 'Action.OpenUrl', title: 'Download my data', url: privacyUrl }],
  });
}
