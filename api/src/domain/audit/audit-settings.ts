import { AuditSettings } from '../../contracts/skills-audit.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import { fieldErrorsFrom } from '../shared/zod-field-errors.js';
import { AppError } from '../shared/app-error.js';
import type { AuditLogWriter } from '../shared/audit-log.js';

/** Where the council's audit settings are kept (the defaults until someone saves them). */
export interface AuditSettingsStore {
  get(): Promise<AuditSettings>;
  save(settings: AuditSettings, updatedBy: string): Promise<void>;
}

export interface AuditSettingsDeps {
  settings: AuditSettingsStore;
  audit: AuditLogWriter;
}

const WHO = ['hr', 'admin'] as const;

export async function getAuditSettings(deps: Pick<AuditSettingsDeps, 'settings'>, actor: Actor): Promise<AuditSettings> {
  requireAnyRole(actor, WHO, 'see the audit settings');
  return deps.settings.get();
}

/** Checked field by field, so the page can show every problem next to its field. */
export async function updateAuditSettings(deps: AuditSettingsDeps, actor: Actor, body: unknown): Promise<AuditSettings> {
  requireAnyRole(actor, WHO, 'change the audit settings');
  const parsed = AuditSettings.strict().safeParse(body, { reportInput: true });
  if (!parsed.success) throw AppError.validation(fieldErrorsFrom('body', parsed.error));
  const before = await deps.settings.get();
  await deps.settings.save(parsed.data, actor.personId);
  await deps.audit.record({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'audit-settings',
    details: { before, after: parsed.data },
  });
  return parsed.data;
}

/**
 * Every submission and team view reads the settings, and they change a few times a year:
 * keep them for a moment instead of asking the database each time. A save through this
 * store is seen at once; a save through another server instance within `ttlMs`.
 */
export function cachedAuditSettings(store: AuditSettingsStore, ttlMs: number, now: () => number = () => performance.now()): AuditSettingsStore {
  let cached: { value: Promise<AuditSettings>; until: number } | undefined;
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
    async save(settings, updatedBy) {
      cached = undefined;
      await store.save(settings, updatedBy);
      cached = undefined;
    },
  };
}
