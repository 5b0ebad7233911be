import type { DropInFormat } from '../../../contracts/drop-ins.js';

/**
 * What the bot tells people about drop-ins. The use cases decide and commit, then tell the
 * notifier; a failure to send never undoes what was committed: the notifier logs it, and
 * the tab shows the truth. Its methods never reject, so callers may leave them running.
 */
export interface DropInNotice {
  person: { id: string; displayName: string };
  dropIn: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    format: DropInFormat;
    siteName: string | null;
    place: string;
    joinUrl: string | null;
    hostName: string;
  };
}

export interface DropInNotifier {
  registered(notice: DropInNotice): Promise<void>;
  reminder(notice: DropInNotice): Promise<void>;
  cancelled(notice: DropInNotice, reason: string): Promise<void>;
}

/** For servers without a bot to speak through, and for tests of the rules alone. */
export const silentDropInNotifier: DropInNotifier = {
  registered: async () => undefined,
  reminder: async () => undefined,
  cancelled: async () => undefined,
};
