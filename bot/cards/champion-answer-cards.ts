import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction } from './adaptive-card.js';

/** Links the answer cards can offer into the tab. */
export interface ChampionTabLinks {
  /** The Digital Champions page: what champions do, your status, the list. */
  champions: string;
  /** The champion's own profile page. */
  profile: string;
}

function openUrl(title: string, url: string | undefined): CardAction[] {
  return url ? [{ type: 'Action.OpenUrl', title, url }] : [];
}

/** What the invitation becomes after Accept. */
export function buildInvitationAcceptedCard(links?: ChampionTabLinks): AdaptiveCard {
  const thanks = 'Thank you. You are now a Digital Champion.';
  const next = 'Next, fill in your champion profile: what you are good at, where you work, which days, and how many people you can help at once. Your strengths from your skills audit are added for you.';
  const when = 'When a colleague asks for help with something you know, I’ll send it to you here. You can pause or step down at any time.';
  return adaptiveCard({
    speak: `${thanks} ${next} ${when}`,
    fallbackText: thanks,
    body: [heading('Welcome, Digital Champion'), paragraph(thanks, { weight: 'Bolder' }), paragraph(next), paragraph(when)],
    actions: openUrl('Fill in my profile', links?.profile),
  });
}

/** What the invitation becomes after No thanks. */
export function buildInvitationDeclinedCard(links?: ChampionTabLinks): AdaptiveCard {
  const text = 'No problem, thank you for letting us know. If you change your mind, type volunteer here at any time.';
  return adaptiveCard({
    speak: `You said no thanks. ${text}`,
    fallbackText: 'You said no thanks to being a Digital Champion.',
    body: [heading('You said no thanks'), paragraph(text)],
    actions: openUrl('About Digital Champions', links?.champions),
  });
}

/** "volunteer" went through: what happens next. */
export function buildVolunteeredCard(links?: ChampionTabLinks): AdaptiveCard {
  const thanks = 'Thank you for volunteering to be a Digital Champion.';
  const next = 'The digital team will look at your offer and let you know here, usually within a week. While you wait, you can fill in your champion profile.';
  return adaptiveCard({
    speak: `${thanks} What happens next: ${next}`,
    fallbackText: `${thanks} The digital team will let you know.`,
    body: [heading('Thank you for volunteering'), paragraph(thanks, { weight: 'Bolder' }), paragraph('What happens next', { weight: 'Bolder', spacing: 'Medium' }), paragraph(next)],
    actions: openUrl('Fill in my profile', links?.profile),
  });
}

/** A champion move the use case refused, with its reason (already a champion, no invitation…). */
export function buildChampionProblemCard(message: string, links?: ChampionTabLinks): AdaptiveCard {
  return adaptiveCard({
    speak: `That didn’t work. ${message}`,
    fallbackText: message,
    body: [heading('That didn’t work'), paragraph(message)],
    actions: openUrl('See my champion status', links?.champions),
  });
}
