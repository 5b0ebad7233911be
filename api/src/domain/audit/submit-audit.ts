import type { AnswerValue, AuditReport, Channel, GivenAnswer, SubmitAuditBody } from '../../contracts/skills-audit.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditDeps } from './audit-deps.js';
import type { LockedResponse } from './audit-response-repository.js';
import type { IndexedFramework } from './framework-index.js';
import { reportOf } from './get-report.js';
import { alreadySubmitted, campaignRef, notInCampaign, requireOpenCampaign } from './open-campaign.js';
import { requireFramework } from './require-framework.js';
import { summariseSubmission } from './submission-summary.js';
import { validateAnswers } from './validate-answers.js';

/** Every statement needs an answer; each missing one is listed by its key, in words. */
function requireComplete(framework: IndexedFramework, answers: ReadonlyMap<string, AnswerValue>): void {
  const missing = [...framework.statements.values()].filter((statement) => !answers.has(statement.id));
  if (missing.length === 0) return;
  throw AppError.validation(
    missing.map((statement) => ({ field: `answers.${statement.key}`, message: `“${statement.text}” (${statement.categoryTitle}) has no answer yet` })),
    missing.length === 1
      ? `“${missing[0]!.text}” has no answer yet; answer it, then submit.`
      : `${missing.length} statements have no answer yet; answer them, then submit.`,
  );
}

/** The stored answers with the last page's on top; read only when the last page does not answer everything. */
async function allAnswers(framework: IndexedFramework, locked: LockedResponse, given: readonly GivenAnswer[]): Promise<Map<string, AnswerValue>> {
  const latest = new Map(given.map((answer) => [answer.statementId, answer.answer]));
  if (latest.size === framework.total) return latest;
  const stored = await locked.answers();
  for (const [statementId, answer] of latest) stored.set(statementId, answer);
  return stored;
}

/**
 * Submits the person's audit, with an optional last page of answers, in one transaction
 * holding their response row locked: of two submits at once, one scores and stores the
 * result and the other finds it submitted (409). Any refusal (closed campaign, bad or
 * missing answers) rolls everything back. Returns the personal report.
 */
export async function submitAudit(deps: AuditDeps, actor: Actor, body: SubmitAuditBody, channel: Channel): Promise<AuditReport> {
  const settings = await deps.settings.get();
  const submitted = await deps.responses.withLockedResponse({ campaignId: body.campaignId, personId: actor.personId }, async (locked) => {
    if (!locked) throw notInCampaign();
    const at = deps.clock.now();
    requireOpenCampaign(locked.campaign, at);
    if (locked.status === 'submitted') throw alreadySubmitted(locked.campaign);
    const framework = await requireFramework(deps, locked.frameworkVersionId, locked.readFramework);
    const given = validateAnswers(framework, body);
    const answers = await allAnswers(framework, locked, given);
    requireComplete(framework, answers);
    const summary = summariseSubmission(framework.version, answers, settings);
    await locked.submit(given, { summary, channel, at });
    return { responseId: locked.id, campaign: locked.campaign, framework, at, summary, answers };
  });

  return reportOf(deps, {
    id: submitted.responseId,
    person: { id: actor.personId, displayName: actor.displayName },
    campaign: campaignRef(submitted.campaign),
    framework: submitted.framework,
    submittedAt: submitted.at,
    summary: submitted.summary,
    answers: [...submitted.answers].map(([statementId, answer]) => ({ statementId, answer })),
  });
}
