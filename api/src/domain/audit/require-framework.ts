import type { AuditDeps } from './audit-deps.js';
import type { FrameworkVersion } from '../../contracts/skills-framework.js';
import type { IndexedFramework } from './framework-index.js';

/**
 * A campaign always points at a stored version; one missing is a broken database, not a user
 * error. Inside a transaction, pass the locked response's `readFramework`: waiting for a second
 * pool connection while holding one deadlocks once every connection is held that way (a cold
 * server under a crowd of submissions).
 */
export async function requireFramework(
  deps: Pick<AuditDeps, 'frameworks'>,
  versionId: string,
  read?: () => Promise<FrameworkVersion | undefined>,
): Promise<IndexedFramework> {
  const framework = await deps.frameworks.get(versionId, read);
  if (!framework) throw new Error(`framework version ${versionId} is missing`);
  return framework;
}
