import type { FrameworkDocument, FrameworkVersion, FrameworkVersionList, FrameworkVersionSummary } from '../../contracts/skills-framework.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditLogWriter } from '../shared/audit-log.js';
import { toFrameworkDocument } from './framework-document.js';
import { requireHr } from './framework-access.js';
import type { FrameworkRepository } from './framework-repository.js';

/** Every stored version, newest first. */
export interface FrameworkHistory {
  list(): Promise<FrameworkVersionSummary[]>;
}

export interface FrameworkQueryDeps {
  frameworks: FrameworkRepository;
  history: FrameworkHistory;
  audit: AuditLogWriter;
}

/** The framework new audits use. Anyone signed in may read it: it is what they will be asked. */
export async function getCurrentFramework(deps: Pick<FrameworkQueryDeps, 'frameworks'>, _actor: Actor): Promise<FrameworkVersion> {
  const current = await deps.frameworks.current();
  if (!current) throw AppError.notFound('The skills framework');
  return current;
}

export async function listFrameworkVersions(deps: Pick<FrameworkQueryDeps, 'history'>, actor: Actor): Promise<FrameworkVersionList> {
  requireHr(actor, 'see the history of the skills framework');
  return { items: await deps.history.list() };
}

export async function getFrameworkVersion(deps: Pick<FrameworkQueryDeps, 'frameworks'>, actor: Actor, version: number): Promise<FrameworkVersion> {
  requireHr(actor, 'see earlier versions of the skills framework');
  const found = await deps.frameworks.findByVersion(version);
  if (!found) throw AppError.notFound(`Version ${version} of the skills framework`);
  return found;
}

export interface FrameworkExport {
  fileName: string;
  document: FrameworkDocument;
}

/** A version (the current one unless told) as the JSON document HR can edit and import again. */
export async function exportFramework(deps: FrameworkQueryDeps, actor: Actor, version: number | undefined): Promise<FrameworkExport> {
  requireHr(actor, 'export the skills framework');
  const found = version === undefined ? await deps.frameworks.current() : await deps.frameworks.findByVersion(version);
  if (!found) throw AppError.notFound(version === undefined ? 'The skills framework' : `Version ${version} of the skills framework`);
  await deps.audit.record({ actorPersonId: actor.personId, action: 'export', resource: 'skills-framework', details: { version: found.version } });
  return { fileName: `skills-framework-v${found.version}.json`, document: toFrameworkDocument(found) };
}
