import {
  FrameworkChange,
  FrameworkDocument,
  FrameworkVersion,
  FrameworkVersionList,
} from '../../../api/src/contracts/skills-framework';
import type { ApiClient } from './api-client';

/** The skills framework: the current version for everyone, its history and new versions for HR. */

export function getCurrentFramework(client: ApiClient, signal?: AbortSignal): Promise<FrameworkVersion> {
  return client.json(FrameworkVersion, '/api/audit/framework', { signal });
}

export function getFrameworkVersions(client: ApiClient, signal?: AbortSignal): Promise<FrameworkVersionList> {
  return client.json(FrameworkVersionList, '/api/audit/framework/versions', { signal });
}

export function exportFramework(client: ApiClient, version?: number): Promise<FrameworkDocument> {
  return client.json(FrameworkDocument, '/api/audit/framework/export', { query: { version } });
}

/** `document` is sent as it is: an imported file may be wrong, and the server lists every problem. */
export function saveFramework(client: ApiClient, document: unknown, options: { dryRun: boolean }): Promise<FrameworkChange> {
  return client.json(FrameworkChange, '/api/audit/framework/versions', {
    method: 'POST',
    query: { dryRun: options.dryRun },
    body: { json: document },
  });
}
