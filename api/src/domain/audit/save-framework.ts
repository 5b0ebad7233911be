import type { FrameworkChange } from '../../contracts/skills-framework.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { checkFrameworkDocument, diffFrameworks, toFrameworkDocument } from './framework-document.js';
import { requireHr } from './framework-access.js';
import type { FrameworkRepository } from './framework-repository.js';
import type { FrameworkWriter } from './framework-writer.js';

export interface SaveFrameworkDeps {
  frameworks: Pick<FrameworkRepository, 'current'>;
  writer: Pick<FrameworkWriter, 'saveVersion'>;
}

/**
 * HR checks or saves a whole framework document. A document with any problem is refused
 * with every problem listed; one that changes nothing saves nothing. Otherwise it becomes
 * the next version: earlier versions, and the answers given to them, stay as they were.
 */
export async function saveFramework(
  deps: SaveFrameworkDeps,
  actor: Actor,
  input: unknown,
  options: { dryRun: boolean },
): Promise<FrameworkChange> {
  requireHr(actor, 'change the skills framework');
  const checked = checkFrameworkDocument(input, 'body');
  if (!checked.ok) {
    const count = checked.errors.length;
    throw AppError.validation(checked.errors, `The framework has ${count} ${count === 1 ? 'problem' : 'problems'} to put right.`);
  }
  const current = await deps.frameworks.current();
  const diff = diffFrameworks(current && toFrameworkDocument(current), checked.document);
  if (options.dryRun || diff.unchanged) return { dryRun: options.dryRun, version: null, ...diff };

  const saved = await deps.writer.saveVersion(checked.document, actor.personId, (version) => ({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'skills-framework',
    details: {
      version,
      added: diff.added.length,
      retired: diff.retired.length,
      reworded: diff.reworded.length,
      moved: diff.moved.length,
      categoriesChanged: diff.categoriesChanged.length,
    },
  }));
  return { dryRun: false, version: saved.version, ...diff };
}
