import { HelpRequestSettings } from '../../../contracts/help-requests.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { AuditLogWriter } from '../../shared/audit-log.js';
import { fieldErrorsFrom } from '../../shared/zod-field-errors.js';

/** Where the escalation settings are kept (DEFAULT_HELP_REQUEST_SETTINGS until someone saves them). */
export interface HelpRequestSettingsStore {
  get(): Promise<HelpRequestSettings>;
  save(settings: HelpRequestSettings, updatedBy: string): Promise<void>;
}

export interface HelpRequestSettingsDeps {
  settings: HelpRequestSettingsStore;
  audit: AuditLogWriter;
}

/** The digital team runs the champions programme; administrators look after every setting. */
const WHO = ['digital', 'admin'] as const;

export async function getHelpRequestSettings(deps: Pick<HelpRequestSettingsDeps, 'settings'>, actor: Actor): Promise<HelpRequestSettings> {
  requireAnyRole(actor, WHO, 'see the help request settings');
  return deps.settings.get();
}

/** Checked field by field, so the page can show every problem next to its field. */
export async function updateHelpRequestSettings(deps: HelpRequestSettingsDeps, actor: Actor, body: unknown): Promise<HelpRequestSettings> {
  requireAnyRole(actor, WHO, 'change the help request settings');
  const parsed = HelpRequestSettings.strict().safeParse(body, { reportInput: true });
  if (!parsed.success) throw AppError.validation(fieldErrorsFrom('body', parsed.error));
  const before = await deps.settings.get();
  await deps.settings.save(parsed.data, actor.personId);
  await deps.audit.record({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'help-request-settings',
    details: { before, after: parsed.data },
  });
  return parsed.data;
}
