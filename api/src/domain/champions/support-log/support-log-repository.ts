import type { LoggableKind, SupportLogTotals, SupportSessionKind } from '../../../contracts/support-log.js';

/** Where the support log is kept (api/src/db/support-log-repository.ts). */

export interface SupportSessionRecord {
  id: string;
  champion: { id: string; displayName: string };
  kind: SupportSessionKind;
  happenedOn: string;
  minutes: number;
  peopleHelped: number;
  categoryKeys: string[];
  note: string;
  dropIn: { id: string; title: string } | null;
  helpRequestId: string | null;
  createdAt: Date;
}

export interface NewSupportSession {
  championId: string;
  kind: LoggableKind;
  happenedOn: string;
  minutes: number;
  peopleHelped: number;
  categoryKeys: string[];
  note: string;
  /** The drop-in session this logs; it can be logged once. */
  dropInId: string | null;
  /** From the server's clock, which the 14-day rule is judged by. */
  loggedAt: Date;
}

export interface SupportLogFilter {
  championId?: string | undefined;
  kind?: SupportSessionKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
  categoryKey?: string | undefined;
}

export type CreateSupportSessionResult = { kind: 'created'; id: string } | { kind: 'drop-in-already-logged' };

export interface SupportLogRepository {
  /**
   * Writes the session. For a drop-in, under a lock on the drop-in's row, and only if no
   * session logs that drop-in yet, so a double press cannot log it twice.
   */
  create(session: NewSupportSession): Promise<CreateSupportSessionResult>;
  find(id: string): Promise<SupportSessionRecord | undefined>;
  /** Newest first. */
  search(filter: SupportLogFilter, page: { limit: number; offset: number }): Promise<{ items: SupportSessionRecord[]; total: number }>;
  totals(filter: SupportLogFilter): Promise<SupportLogTotals>;
  /**
   * Removes the champion's own session if it was logged by hand at or after `loggedSince`;
   * false when nothing matched (someone else's, a help request, or too old).
   */
  deleteOwn(id: string, championId: string, loggedSince: Date): Promise<boolean>;
}
