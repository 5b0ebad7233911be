import { z } from 'zod';
import type { BotCommand } from '../commands.js';

/**
 * A card button that runs a bot command sends this as its submit data, so a click and a
 * typed command take the same path. (Teams' imBack would type the word into the chat
 * instead, but not every client supports it, the Agents Playground among them.)
 */
const commandSubmitSchema = z.object({ command: z.string().min(1).max(64) });

export type CommandSubmitData = z.infer<typeof commandSubmitSchema>;

export function commandSubmitData(command: BotCommand): CommandSubmitData {
  return { command: command.title };
}

/** The command a card button asked for, or undefined when the submit data is something else. */
export function commandFromSubmit(value: unknown): string | undefined {
  const parsed = commandSubmitSchema.safeParse(value);
  return parsed.success ? parsed.data.command.trim().toLowerCase() : undefined;
}
