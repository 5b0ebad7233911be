import type { CategoryResult } from '../contracts/skills-audit.js';
import { SubmissionSummary } from '../domain/audit/submission-summary.js';
import type { Db } from './database.js';

export interface LatestAuditResult {
  personId: string;
  submittedAt: Date;
  categories: CategoryResult[];
}

/**
 * Each person's most recent submitted audit, scored as it was at submission. Without
 * `personIds`, everyone's (matching reads the whole council in one query).
 */
export async function latestAuditResults(db: Db, personIds?: readonly string[]): Promise<Map<string, LatestAuditResult>> {
  if (personIds && personIds.length === 0) return new Map();
  let query = db
    .selectFrom('audit_responses')
    .select(['person_id', 'submitted_at', 'summary'])
    .distinctOn('person_id')
    .where('status', '=', 'submitted')
    .orderBy('person_id')
    .orderBy('submitted_at', 'desc');
  if (personIds) query = query.where('person_id', 'in', personIds);
  const rows = await query.execute();
  const results = new Map<string, LatestAuditResult>();
  for (const row of rows) {
    const summary = SubmissionSummary.safeParse(row.summary);
    if (!summary.success || !row.submitted_at) continue;
    results.set(row.person_id, { personId: row.person_id, submittedAt: row.submitted_at, categories: summary.data.categories });
  }
  return results;
}
