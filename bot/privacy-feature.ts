import type { TurnContext } from 'botbuilder';
import type { BotFeature } from './bot-feature.js';
import { cardMessage } from './card-message.js';
import { buildMyDataCard } from './cards/my-data-card.js';
import { MY_DATA_COMMAND } from './commands.js';

const ASKING: ReadonlySet<string> = new Set([MY_DATA_COMMAND.title, 'download my data', 'my information', 'my personal data']);

/** "my data": the bot points to the download in the tab, which needs no one's help. */
export function createPrivacyFeature(links: { privacy: string }): BotFeature {
  return {
    async onMessage(context: TurnContext, command: string) {
      if (!ASKING.has(command)) return false;
      await context.sendActivity(cardMessage(buildMyDataCard(links.privacy)));
      return true;
    },
  };
}
