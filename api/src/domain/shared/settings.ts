import type { z } from 'zod';
import { requireAnyRole, type Actor } from './actor.js';
import { AppError, type FieldError } from './app-error.js';
import type { AuditEntryInput } from './audit-log.js';
import type { AppRole } from './roles.js';
import { fieldErrorsFrom } from './zod-field-errors.js';

/** Where one group of council-wide settings is kept (its defaults until someone saves them). */
export interface SettingsStore<T> {
  get(): Promise<T>;
  /** Saves the settings and, in the same transaction, the audit entry that records the change. */
  save(settings: T, updatedBy: string, audit?: AuditEntryInput): Promise<void>;
}

export interface SettingsDeps<T> {
  settings: SettingsStore<T>;
}

/** What differs between groups of settings: their shape, who looks after them, and their name. */
export interface SettingsPolicy<S extends z.ZodObject> {
  schema: S;
  who: readonly AppRole[];
  /** In the audit log, such as `audit-settings`. */
  resource: string;
  /** In messages, such as `the audit settings`. */
  name: string;
}

export async function readSettings<S extends z.ZodObject>(
  policy: SettingsPolicy<S>,
  deps: Pick<SettingsDeps<z.output<S>>, 'settings'>,
  actor: Actor,
): Promise<z.output<S>> {
  requireAnyRole(actor, policy.who, `see ${policy.name}`);
  return deps.settings.get();
}

/**
 * Checked field by field, so the page can show every problem next to its field. `checkFacts`
 * looks further than the shape, e.g. that a chosen channel exists; it names the fields it refuses.
 */
export async function changeSettings<S extends z.ZodObject>(
  policy: SettingsPolicy<S>,
  deps: SettingsDeps<z.output<S>>,
  actor: Actor,
  body: unknown,
  checkFacts: (settings: z.output<S>) => Promise<FieldError[]> = async () => [],
): Promise<z.output<S>> {
  requireAnyRole(actor, policy.who, `change ${policy.name}`);
  const parsed = policy.schema.strict().safeParse(body, { reportInput: true });
  if (!parsed.success) throw AppError.validation(fieldErrorsFrom('body', parsed.error));
  // strict() only refuses unknown keys; TypeScript cannot see that its output is still S's.
  const after = parsed.data as z.output<S>;
  const refused = await checkFacts(after);
  if (refused.length > 0) throw AppError.validation(refused);
  const before = await deps.settings.get();
  await deps.settings.save(after, actor.personId, { actorPersonId: actor.personId, action: 'update', resource: policy.resource, details: { before, after } });
  return after;
}

/**
 * Settings are read often and change a few times a year: keep them for a moment instead of
 * asking the database each time. A save through this store is seen at once; a save through
 * another server instance within `ttlMs`.
 */
export function cachedSettings<T>(store: SettingsStore<T>, ttlMs: number, now: () => number = () => performance.now()): SettingsStore<T> {
  let cached: { value: Promise<T>; until: number } | undefined;
  return {
    get() {
      const at = now();
      if (!cached || at >= cached.until) {
        const value = store.get();
        const entry = { value, until: at + ttlMs };
        cached = entry;
        // A failed read is not kept: the next request asks again.
        value.catch(() => {
          if (cached === entry) cached = undefined;
        });
      }
      return cached.value;
    },
    async save(settings, updatedBy, audit) {
      cached = undefined;
      await store.save(settings, updatedBy, audit);
      cached = undefined;
    },
  };
}
