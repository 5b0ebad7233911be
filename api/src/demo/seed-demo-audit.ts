import { sql } from 'kysely';
import type { AnswerValue } from '../contracts/skills-audit.js';
import { DEFAULT_AUDIT_SETTINGS } from '../contracts/skills-audit.js';
import type { FrameworkVersion } from '../contracts/skills-framework.js';
import type { Db } from '../db/database.js';
import { addDays, councilDate } from '../domain/audit/campaign-window.js';
import { summariseSubmission } from '../domain/audit/submission-summary.js';
import { demoAnswers, demoCompletion, type DemoRespondent, type DemoStatement } from './demo-audit-answers.js';
import { DEMO_PERSONA_NAMES, demoEmail } from './demo-council.js';

/**
 * Two audit campaigns for the demo council: last year's baseline, closed, and this year's,
 * open now, with about two-thirds of staff finished. Dates are set around the day the demo
 * is first started, so the current campaign is always open when someone tries it.
 *
 * Sam Whitfield and Dave Hollis took the baseline but not this year's audit, so a visitor
 * signed in as them can take it and see the change since last year; Priya Chauhan's
 * answers make her a champion candidate.
 */

interface CampaignPlan {
  name: string;
  opensOn: string;
  closesOn: string;
  status: 'launched' | 'closed';
  finishRate: number;
  practice: number;
}

interface Respondent extends DemoRespondent {
  id: string;
}

const CHUNK = 4000;

async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** A moment within the campaign window, the same for the same person every time. */
function momentIn(plan: CampaignPlan, today: string, fraction: number): Date {
  const last = plan.closesOn < today ? plan.closesOn : today;
  const spanDays = Math.max(0, (Date.parse(last) - Date.parse(plan.opensOn)) / 86_400_000);
  return new Date(Date.parse(`${plan.opensOn}T08:30:00Z`) + fraction * spanDays * 86_400_000);
}

function personaAnswers(respondent: Respondent, statements: readonly DemoStatement[]): Map<string, AnswerValue> | undefined {
  if (respondent.email !== demoEmail(DEMO_PERSONA_NAMES.champion)) return undefined;
  return new Map(statements.map((statement) => [statement.key, statement.categoryKey === 'creating' ? 'could' : 'done-recently']));
}

function completionFor(respondent: Respondent, plan: CampaignPlan, current: boolean): 'submitted' | 'draft' | 'not-started' {
  const tryItYourself = [DEMO_PERSONA_NAMES.staff, DEMO_PERSONA_NAMES.depot].map(demoEmail);
  if (tryItYourself.includes(respondent.email)) return current ? 'not-started' : 'submitted';
  if (respondent.email === demoEmail(DEMO_PERSONA_NAMES.champion)) return 'submitted';
  return demoCompletion(respondent, plan.name, plan.finishRate);
}

async function seedCampaign(db: Db, framework: FrameworkVersion, people: readonly Respondent[], plan: CampaignPlan, today: string): Promise<void> {
  const current = plan.status === 'launched';
  const statements: DemoStatement[] = framework.categories.flatMap((category) =>
    category.statements.map((statement) => ({ key: statement.key, categoryKey: category.key, context: statement.context })),
  );

  const { id: campaignId } = await db
    .insertInto('audit_campaigns')
    .values({
      name: plan.name,
      opens_on: plan.opensOn,
      closes_on: plan.closesOn,
      framework_version_id: framework.id,
      population_kind: 'everyone',
      status: plan.status,
      launched_at: new Date(`${plan.opensOn}T08:00:00Z`),
      closed_at: current ? null : new Date(`${plan.closesOn}T23:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertInChunks(people, (chunk) =>
    db.insertInto('audit_campaign_members').values(chunk.map((person) => ({ campaign_id: campaignId, person_id: person.id }))).execute(),
  );
  await insertInChunks(people, (chunk) =>
    db
      .insertInto('campaign_messages')
      .values(
        chunk.map((person) => ({
          campaign_id: campaignId,
          person_id: person.id,
          step: 'invitation',
          status: 'sent' as const,
          attempts: 1,
          sent_at: new Date(`${plan.opensOn}T08:05:00Z`),
        })),
      )
      .execute(),
  );

  const answerRows: { response_id: string; statement_id: string; answer: AnswerValue; answered_at: Date }[] = [];
  for (const [index, person] of people.entries()) {
    const completion = completionFor(person, plan, current);
    if (completion === 'not-started') continue;
    const answers = personaAnswers(person, statements) ?? demoAnswers(person, statements, plan.name, plan.practice);
    // Someone part-way through has answered the first few categories, in order.
    const answeredCategories = completion === 'submitted' ? framework.categories : framework.categories.slice(0, 1 + (index % 4));
    const given = new Map<string, AnswerValue>();
    for (const category of answeredCategories) {
      for (const statement of category.statements) given.set(statement.id, answers.get(statement.key)!);
    }
    const at = momentIn(plan, today, ((index * 37) % 100) / 100);
    const submitted = completion === 'submitted';
    const { id: responseId } = await db
      .insertInto('audit_responses')
      .values({
        campaign_id: campaignId,
        person_id: person.id,
        framework_version_id: framework.id,
        status: completion,
        last_category_key: answeredCategories.at(-1)?.key ?? null,
        last_channel: index % 5 === 0 ? 'bot' : 'tab',
        started_at: at,
        updated_at: at,
        submitted_at: submitted ? at : null,
        summary: submitted ? JSON.stringify(summariseSubmission(framework, given, DEFAULT_AUDIT_SETTINGS)) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [statementId, answer] of given) answerRows.push({ response_id: responseId, statement_id: statementId, answer, answered_at: at });
  }
  await insertInChunks(answerRows, (chunk) => db.insertInto('audit_answers').values(chunk).execute());
}

/** Writes the demo campaigns once, into a database that has none; returns whether it did. */
export async function seedDemoAudit(db: Db, framework: FrameworkVersion, now: Date): Promise<{ seeded: boolean }> {
  return db.transaction().execute(async (trx) => {
    await sql`lock table audit_campaigns in share row exclusive mode`.execute(trx);
    const existing = await trx.selectFrom('audit_campaigns').select('id').limit(1).executeTakeFirst();
    if (existing) return { seeded: false };

    const people = await trx
      .selectFrom('people as p')
      .leftJoin('services as s', 's.id', 'p.service_id')
      .select(['p.id', 'p.email', 'p.job_title as jobTitle', 's.name as serviceName'])
      .where('p.status', '=', 'active')
      .orderBy('p.email')
      .execute();
    const today = councilDate(now);
    const thisYear = { opensOn: addDays(today, -18), closesOn: addDays(today, 24) };
    const lastYear = { opensOn: addDays(thisYear.opensOn, -364), closesOn: addDays(thisYear.closesOn, -364) };
    await seedCampaign(trx, framework, people, {
      name: `Digital skills audit ${lastYear.opensOn.slice(0, 4)} (baseline)`,
      ...lastYear,
      status: 'closed',
      finishRate: 0.52,
      practice: 0,
    }, today);
    await seedCampaign(trx, framework, people, {
      name: `Digital skills audit ${thisYear.opensOn.slice(0, 4)}`,
      ...thisYear,
      status: 'launched',
      finishRate: 0.6,
      practice: 0.06,
    }, today);
    return { seeded: true };
  });
}
