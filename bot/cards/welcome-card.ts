import { HELP_COMMAND } from '../commands.js';
import { commandSubmitData } from './command-submit.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';

export interface WelcomeCardInput {
  scope: 'personal' | 'team' | 'groupChat';
  /** The person who installed the app, when the directory knows them. */
  displayName?: string | undefined;
  /** A Teams deep link to the app's Home tab, when the app's Teams id is known. */
  homeTabUrl?: string | undefined;
  /** A picture of the app's logo that Teams clients can load, if the server publishes one. */
  logoUrl?: string | undefined;
}

const WHAT_THE_HUB_DOES = [
  'check your digital skills and get a personal learning plan',
  'find a Digital Champion to help you with something digital',
  'agree a digital objective with your manager',
  'read about the council’s digital projects in Root & Branch',
];

function greeting(input: WelcomeCardInput): string {
  if (input.scope !== 'personal') return 'Hello everyone';
  return input.displayName ? `Hello ${input.displayName}` : 'Hello';
}

function introduction(scope: WelcomeCardInput['scope']): string {
  if (scope === 'personal') {
    return 'I’m the Digital Culture Hub. I help you build your digital skills at work, at your own pace.';
  }
  const place = scope === 'team' ? 'this team' : 'this chat';
  return `Thanks for adding the Digital Culture Hub to ${place}. I’ll share news about digital projects here and help people find a Digital Champion.`;
}

function howToAsk(scope: WelcomeCardInput['scope']): string {
  return scope === 'personal'
    ? 'Type **help** at any time to see what you can ask me.'
    : 'To talk to me here, mention me first, for example **@Digital Culture Hub help**.';
}

/** The first message anyone sees from the bot, in a personal chat, a team or a group chat. */
export function buildWelcomeCard(input: WelcomeCardInput): AdaptiveCard {
  const intro = introduction(input.scope);
  const ask = howToAsk(input.scope).replaceAll('**', '');
  const body: CardElement[] = [];
  if (input.logoUrl) {
    body.push({ type: 'Image', url: input.logoUrl, altText: 'Digital Culture Hub logo', size: 'Small' });
  }
  body.push(
    heading(`${greeting(input)}, welcome to the Digital Culture Hub`),
    paragraph(intro),
    paragraph('With the hub you can:', { spacing: 'Medium' }),
    paragraph(WHAT_THE_HUB_DOES.map((item) => `- ${item}`).join('\n'), { spacing: 'Small' }),
    paragraph(howToAsk(input.scope), { spacing: 'Medium' }),
  );
  const actions: CardAction[] = [];
  if (input.homeTabUrl) actions.push({ type: 'Action.OpenUrl', title: 'Open the hub', url: input.homeTabUrl });
  actions.push({ type: 'Action.Submit', title: 'Show what I can ask', data: commandSubmitData(HELP_COMMAND) });

  return adaptiveCard({
    speak: `${greeting(input)}, welcome to the Digital Culture Hub. ${intro} ${ask}`,
    fallbackText: `Welcome to the Digital Culture Hub. ${ask}`,
    body,
    actions,
  });
}
