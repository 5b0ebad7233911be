/**
 * How a head of service is reminded that their plan lacks a digital objective: a card in
 * their chat with the bot (bot/service-plan-reminder-sender.ts). The use case decides who
 * and how often; the sender only delivers.
 */
export interface ServicePlanReminder {
  head: { id: string; displayName: string };
  service: { id: string; name: string };
  year: { id: string; label: string };
  /** Who in the policy team asked for it. */
  remindedBy: string;
}

export interface ServicePlanReminderSender {
  /** Whether the person has a chat with the bot that a card can go to. */
  canReach(personId: string): Promise<boolean>;
  /** True when the card was delivered; false (logged, never thrown) when it could not be. */
  send(reminder: ServicePlanReminder): Promise<boolean>;
}

/** For servers without a bot to speak through: nobody can be reached. */
export const unreachableReminderSender: ServicePlanReminderSender = {
  canReach: async () => false,
  send: async () => false,
};
