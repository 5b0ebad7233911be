import { sql, type Expression } from 'kysely';
import type { AnswerValue, GivenAnswer } from '../contracts/skills-audit.js';
import type {
  AuditResponseRepository,
  LockedResponse,
  MemberCampaign,
  ResponseStatus,
} from '../domain/audit/audit-response-repository.js';
import { SubmissionSummary } from '../domain/audit/submission-summary.js';
import { insertAuditEntries } from './audit-log-repository.js';
import { CAMPAIGN_COLUMNS, toCampaign, type CampaignColumns } from './campaign-row.js';
import type { Db } from './database.js';
import { createFrameworkRepository } from './framework-repository.js';
import { toLearningResource as toResource, type LearningResourceRow } from './learning-resource-row.js';
import { reportingLineIds } from './reporting-line.js';

/** Every answer of a response as one JSON array, so a response and its answers come back in one round trip. */
const answersOf = (responseId: Expression<string>) =>
  sql<GivenAnswer[]>`(select coalesce(json_agg(json_build_object('statementId', a.statement_id, 'answer', a.answer)), '[]'::json)
    from audit_answers a where a.response_id = ${responseId})`;

/** The statement that upserts a page of answers in one go, unchanged answers left as they were. */
function upsertAnswers(responseId: string, answers: readonly GivenAnswer[], at: Date) {
  return sql`insert into audit_answers (response_id, statement_id, answer, answered_at)
    select ${responseId}::uuid, v.statement_id, v.answer, ${at}::timestamptz
    from unnest(${answers.map((answer) => answer.statementId)}::uuid[], ${answers.map((answer) => answer.answer)}::text[]) as v(statement_id, answer)
    on conflict (response_id, statement_id) do update set answer = excluded.answer, answered_at = excluded.answered_at
    where audit_answers.answer is distinct from excluded.answer`;
}

function lockedResponse(trx: Db, row: CampaignColumns & { id: string; status: ResponseStatus; framework_version_id: string }): LockedResponse {
  return {
    id: row.id,
    status: row.status,
    frameworkVersionId: row.framework_version_id,
    campaign: toCampaign(row),
    readFramework: () => createFrameworkRepository(trx).findById(row.framework_version_id),
    async answers() {
      const rows = await trx.selectFrom('audit_answers').select(['statement_id', 'answer']).where('response_id', '=', row.id).execute();
      return new Map<string, AnswerValue>(rows.map((answer) => [answer.statement_id, answer.answer]));
    },
    async save(answers, progress) {
      await sql`with saved as (${upsertAnswers(row.id, answers, progress.at)})
        update audit_responses
        set last_category_key = coalesce(${progress.lastCategoryKey}, last_category_key), last_channel = ${progress.channel}, updated_at = ${progress.at}
        where id = ${row.id}`.execute(trx);
    },
    async submit(answers, submission) {
      await sql`with saved as (${upsertAnswers(row.id, answers, submission.at)})
        update audit_responses
        set status = 'submitted', submitted_at = ${submission.at}, summary = ${JSON.stringify(submission.summary)}::jsonb,
            last_channel = ${submission.channel}, updated_at = ${submission.at}
        where id = ${row.id}`.execute(trx);
    },
  };
}

/** Rows as `json_build_object` and `to_json` give them: timestamps arrive as text. */
type PreviousJson = Omit<CampaignColumns, 'closed_at'> & { id: string; submitted_at: string; summary: unknown; closed_at: string | null };
type ResourceJson = Omit<LearningResourceRow, 'archived_at' | 'updated_at'> & { archived_at: string | null; updated_at: string };

export function createAuditResponseRepository(db: Db): AuditResponseRepository {
  const memberCampaigns = (personId: string) =>
    db
      .selectFrom('audit_campaign_members as m')
      .innerJoin('audit_campaigns as c', 'c.id', 'm.campaign_id')
      .leftJoin('audit_responses as r', (join) => join.onRef('r.campaign_id', '=', 'c.id').onRef('r.person_id', '=', 'm.person_id'))
      .select([...CAMPAIGN_COLUMNS, 'r.status as response_status'])
      .where('m.person_id', '=', personId);
  const toMemberCampaign = (row: CampaignColumns & { response_status: ResponseStatus | null }): MemberCampaign => ({
    ...toCampaign(row),
    responseStatus: row.response_status,
  });

  const submitted = () =>
    db
      .selectFrom('audit_responses as r')
      .innerJoin('audit_campaigns as c', 'c.id', 'r.campaign_id')
      .select([...CAMPAIGN_COLUMNS, 'r.id', 'r.submitted_at', 'r.summary'])
      .where('r.status', '=', 'submitted');
  const toSubmitted = (row: CampaignColumns & { id: string; submitted_at: Date | null; summary: unknown }) => {
    // The table's check constraint makes this impossible; a null here is a broken database.
    if (!row.submitted_at) throw new Error(`submitted response ${row.id} has no submission time`);
    return { id: row.id, campaign: toCampaign(row), submittedAt: row.submitted_at, summary: SubmissionSummary.parse(row.summary) };
  };

  return {
    async memberCampaigns(personId) {
      const rows = await memberCampaigns(personId).where('c.status', '=', 'launched').execute();
      return rows.map(toMemberCampaign);
    },

    async findCampaign(campaignId) {
      const row = await db.selectFrom('audit_campaigns as c').select(CAMPAIGN_COLUMNS).where('c.id', '=', campaignId).executeTakeFirst();
      return row ? toCampaign(row) : undefined;
    },

    async findResponse(campaignId, personId) {
      const row = await db
        .selectFrom('audit_responses as r')
        .select(['r.id', 'r.status', 'r.framework_version_id', 'r.last_category_key', 'r.last_channel', 'r.submitted_at'])
        .select((eb) => answersOf(eb.ref('r.id')).as('answers'))
        .where('r.campaign_id', '=', campaignId)
        .where('r.person_id', '=', personId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        status: row.status,
        frameworkVersionId: row.framework_version_id,
        lastCategoryKey: row.last_category_key,
        lastChannel: row.last_channel,
        submittedAt: row.submitted_at,
        answers: row.answers,
      };
    },

    withLockedResponse(key, work) {
      return db.transaction().execute(async (trx) => {
        // One round trip that creates the draft if there is none and locks the row either
        // way: an insert that meets an existing row takes the row lock through its no-op
        // update. Of two requests for the same person, the second waits here until the
        // first has committed, and then gets the row as the first left it.
        const { rows } = await sql<CampaignColumns & { id: string; status: ResponseStatus; framework_version_id: string }>`
          with locked as (
            insert into audit_responses (campaign_id, person_id, framework_version_id)
            select c.id, m.person_id, c.framework_version_id
            from audit_campaign_members m join audit_campaigns c on c.id = m.campaign_id
            where m.campaign_id = ${key.campaignId} and m.person_id = ${key.personId} and c.status <> 'draft'
            on conflict (campaign_id, person_id) do update set updated_at = audit_responses.updated_at
            returning id, status, framework_version_id, campaign_id
          )
          select l.id, l.status, l.framework_version_id, c.id as campaign_id, c.name as campaign_name, c.opens_on, c.closes_on,
                 c.status as campaign_status, c.closed_at, c.framework_version_id as campaign_version_id
          from locked l join audit_campaigns c on c.id = l.campaign_id`.execute(trx);
        return work(rows[0] ? lockedResponse(trx, rows[0]) : undefined);
      });
    },

    async findSubmitted(responseId) {
      const row = await submitted()
        .innerJoin('people as p', 'p.id', 'r.person_id')
        .select(['p.id as person_id', 'p.display_name', 'r.framework_version_id'])
        .select((eb) => answersOf(eb.ref('r.id')).as('answers'))
        .where('r.id', '=', responseId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        ...toSubmitted(row),
        person: { id: row.person_id, displayName: row.display_name },
        frameworkVersionId: row.framework_version_id,
        answers: row.answers,
      };
    },

    async ownerOf(responseId) {
      const row = await db.selectFrom('audit_responses').select('person_id').where('id', '=', responseId).executeTakeFirst();
      return row?.person_id;
    },

    async listSubmitted(personId) {
      const rows = await submitted().where('r.person_id', '=', personId).orderBy('r.submitted_at', 'desc').execute();
      return rows.map(toSubmitted);
    },

    async reportContext({ personId, before, statementKeys, categoryKeys }) {
      const { rows } = await sql<{ previous: PreviousJson | null; resources: ResourceJson[] }>`
        select
          (select json_build_object(
                    'id', r.id, 'submitted_at', r.submitted_at, 'summary', r.summary,
                    'campaign_id', c.id, 'campaign_name', c.name, 'opens_on', c.opens_on, 'closes_on', c.closes_on,
                    'campaign_status', c.status, 'closed_at', c.closed_at, 'campaign_version_id', c.framework_version_id)
           from audit_responses r join audit_campaigns c on c.id = r.campaign_id
           where r.person_id = ${personId} and r.status = 'submitted' and r.submitted_at < ${before}
           order by r.submitted_at desc limit 1) as previous,
          (select coalesce(json_agg(to_json(lr)), '[]'::json)
           from learning_resources lr
           where lr.archived_at is null
             and (lr.statement_keys && ${[...statementKeys]}::text[] or lr.category_keys && ${[...categoryKeys]}::text[])) as resources`.execute(db);
      const row = rows[0]!;
      return {
        previous: row.previous
          ? toSubmitted({
              ...row.previous,
              closed_at: row.previous.closed_at === null ? null : new Date(row.previous.closed_at),
              submitted_at: new Date(row.previous.submitted_at),
            })
          : undefined,
        resources: row.resources.map((resource) =>
          toResource({
            ...resource,
            archived_at: resource.archived_at === null ? null : new Date(resource.archived_at),
            updated_at: new Date(resource.updated_at),
          }),
        ),
      };
    },

    async latestCampaignForLine(managerId) {
      const { rows } = await sql<CampaignColumns>`${reportingLineIds(managerId)}
        select c.id as campaign_id, c.name as campaign_name, c.opens_on, c.closes_on, c.status as campaign_status, c.closed_at,
               c.framework_version_id as campaign_version_id
        from audit_campaigns c
        where c.status <> 'draft'
          and exists (select 1 from audit_campaign_members m join line l on l.id = m.person_id where m.campaign_id = c.id)
        order by (c.status = 'launched') desc, c.opens_on desc, c.created_at desc
        limit 1`.execute(db);
      return rows[0] ? toCampaign(rows[0]) : undefined;
    },

    async reportingLine(managerId, campaignId) {
      const { rows } = await sql<{
        id: string;
        display_name: string;
        job_title: string | null;
        direct: boolean;
        status: ResponseStatus | null;
        submitted_at: Date | null;
        summary: unknown;
      }>`${reportingLineIds(managerId)}
        select p.id, p.display_name, p.job_title, p.line_manager_id = ${managerId} as direct, r.status, r.submitted_at, r.summary
        from line l
        join people p on p.id = l.id
        join audit_campaign_members m on m.person_id = p.id and m.campaign_id = ${campaignId}
        left join audit_responses r on r.campaign_id = m.campaign_id and r.person_id = p.id
        where p.id <> ${managerId} and p.status = 'active'
        order by direct desc, lower(p.display_name), p.id`.execute(db);
      return rows.map((row) => ({
        person: { id: row.id, displayName: row.display_name, jobTitle: row.job_title },
        direct: row.direct,
        status: row.status,
        submittedAt: row.submitted_at,
        summary: row.summary === null ? null : SubmissionSummary.parse(row.summary),
      }));
    },

    async championCandidates() {
      const { rows } = await sql<
        CampaignColumns & {
          person_id: string;
          display_name: string;
          job_title: string | null;
          service: string | null;
          submitted_at: Date;
          summary: unknown;
        }
      >`select latest.* from (
          select distinct on (r.person_id)
                 r.person_id, p.display_name, p.job_title, s.name as service, r.submitted_at, r.summary,
                 c.id as campaign_id, c.name as campaign_name, c.opens_on, c.closes_on, c.status as campaign_status, c.closed_at,
                 c.framework_version_id as campaign_version_id
          from audit_responses r
          join people p on p.id = r.person_id
          join audit_campaigns c on c.id = r.campaign_id
          left join services s on s.id = p.service_id
          where r.status = 'submitted' and p.status = 'active'
          order by r.person_id, r.submitted_at desc
        ) latest
        where (latest.summary ->> 'championCandidate')::boolean
        order by lower(latest.display_name), latest.person_id`.execute(db);
      return rows.map((row) => ({
        person: { id: row.person_id, displayName: row.display_name, jobTitle: row.job_title, service: row.service },
        campaign: toCampaign(row),
        submittedAt: row.submitted_at,
        summary: SubmissionSummary.parse(row.summary),
      }));
    },

    recordReads: (entries) => insertAuditEntries(db, entries),
  };
}

