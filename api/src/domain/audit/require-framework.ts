import type { AuditDeps } from './audit-deps.js';
import type { IndexedFramework } from './framework-index.js';

/** A campaign always points at a stored version; one missing is a broken database, not a user error. */
export async function requireFramework(deps: Pick<AuditDeps, 'frameworks'>, versionId: string): Promise<IndexedFramework> {
  const framework = await deps.frameworks.get(versionId);
  if (!framework) throw new Error(`framework version ${versionId} is missing`);
  return framework;
}
