import { AuditSettings } from '../../../api/src/contracts/skills-audit';
import type { ApiClient } from './api-client';

/** The council's skills audit settings (HR and administrators). */

export function getAuditSettings(client: ApiClient, signal?: AbortSignal): Promise<AuditSettings> {
  return client.json(AuditSettings, '/api/audit/settings', { signal });
}

export function saveAuditSettings(client: ApiClient, settings: AuditSettings): Promise<AuditSettings> {
  return client.json(AuditSettings, '/api/audit/settings', { method: 'PUT', body: { json: settings } });
}
