import type { AuditDeps } from '../api/src/domain/audit/audit-deps.js';
import { getMyAudit } from '../api/src/domain/audit/get-my-audit.js';
import { getReport } from '../api/src/domain/audit/get-report.js';
import { saveAnswers } from '../api/src/domain/audit/save-answers.js';
import { submitAudit } from '../api/src/domain/audit/submit-audit.js';
import type { DirectoryRepository } from '../api/src/domain/directory/directory-repository.js';
import { resolveActor } from '../api/src/domain/directory/resolve-actor.js';
import type { AuditUseCases } from './audit-dialog.js';

/** The audit use cases bound to the server's dependencies, the same ones the HTTP routes use. */
export function bindAuditUseCases(deps: AuditDeps, directory: DirectoryRepository): AuditUseCases {
  return {
    actorFor: (entraObjectId) => resolveActor(directory, { entraObjectId }),
    getMyAudit: (actor) => getMyAudit(deps, actor),
    saveAnswers: (actor, body, channel) => saveAnswers(deps, actor, body, channel),
    submitAudit: (actor, body, channel) => submitAudit(deps, actor, body, channel),
    getReport: (actor, responseId) => getReport(deps, actor, responseId),
  };
}
