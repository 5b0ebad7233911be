import type { ObjectiveDeps } from '../domain/objectives/objective-deps.js';
import type { ObjectiveNotifier } from '../domain/objectives/objective-notifier.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** The bot's `objectives` command, its cards, and the reminder jobs. */
export function objectiveBotParts(input: CapabilityInput, objectives: ObjectiveDeps): CapabilityParts {
  void input;
  void objectives;
  return {};
}

/** Cards about moves in the workflow, sent by the bot. */
export function objectiveNotifierFor(input: CapabilityInput): ObjectiveNotifier {
  void input;
  const nothing = async () => {};
  return { proposed: nothing, agreed: nothing, returned: nothing, outcomeRecorded: nothing };
}
