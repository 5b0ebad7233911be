/**
 * How the sending jobs reach a person through the bot. The bot implements it
 * (bot/proactive-messenger.ts) with the conversation reference it stored for the person;
 * the domain only decides what to do with each outcome.
 */

export interface CampaignMessage {
  step: string;
  campaign: { id: string; name: string; closesOn: string };
  person: { id: string; displayName: string };
  /** The person has saved answers but not submitted: a reminder says "carry on". */
  started: boolean;
}

export type SendOutcome =
  | { kind: 'sent' }
  /** The bot has no conversation with the person: the app is not installed for them. */
  | { kind: 'no-conversation' }
  /** Teams answered 429: nobody should be messaged until `retryAfterMs` has passed (if it said). */
  | { kind: 'throttled'; retryAfterMs: number | undefined }
  /** Worth trying again later: a 5xx, a timeout, a network failure. */
  | { kind: 'transient'; reason: string }
  /** Trying again will not help (the person blocked the bot, the conversation is gone). */
  | { kind: 'permanent'; reason: string };

export interface CampaignMessenger {
  send(message: CampaignMessage): Promise<SendOutcome>;
}
