import { sql, type RawBuilder } from 'kysely';
import type { ObjectiveKind, ObjectiveOutcome, ObjectiveStatus } from '../contracts/objectives.js';
import type { TeamObjectiveFilter } from '../contracts/team-objectives.js';
import { COUNCIL_TIME_ZONE } from '../domain/audit/campaign-window.js';
import type {
  CheckInRule,
  TeamMemberRecord,
  TeamObjectiveRecord,
  TeamObjectiveRepository,
  TeamPeople,
} from '../domain/objectives/team/team-objective-repository.js';
import { reportingLineIds } from './audit-response-repository.js';
import type { Db } from './database.js';
import { likePattern } from './query-helpers.js';

/**
 * `with … in_view (id)`: the active people in view — everyone below a manager (the skills
 * audit's reporting-line query), or the whole council — narrowed to one service if asked.
 * Every query here starts with it and adds its own common table expressions after a comma.
 */
function inView(people: TeamPeople): RawBuilder<unknown> {
  const service = people.serviceId ? sql`and p.service_id = ${people.serviceId}` : sql``;
  if (people.scope.kind === 'council') {
    return sql`with in_view (id) as (select p.id from people p where p.status = 'active' ${service})`;
  }
  const managerId = people.scope.managerId;
  return sql`${reportingLineIds(managerId)},
    in_view (id) as (select p.id from people p join line l on l.id = p.id where p.status = 'active' and p.id <> ${managerId} ${service})`;
}

/** When the next check-in is due: agreed and in-progress objectives only, in council dates. */
function dueOn(rule: CheckInRule): RawBuilder<string | null> {
  return sql<string | null>`case when o.status in ('agreed', 'in-progress')
    then ((coalesce(o.last_check_in_at, o.agreed_at) at time zone ${COUNCIL_TIME_ZONE})::date + ${rule.checkInEveryDays}::int) end`;
}

/** The year's objectives of the people in view (withdrawn ones left out), with their due dates. */
function yearObjectives(yearId: string, rule: CheckInRule): RawBuilder<unknown> {
  return sql`year_objectives as (
    select o.person_id, o.status, ${dueOn(rule)} as due_on
    from objectives o join in_view v on v.id = o.person_id
    where o.year_id = ${yearId} and o.status <> 'withdrawn'
  )`;
}

/** One row per person in view: which of the team view's filters they match. */
const facts = (today: string) => sql`facts as (
  select v.id,
    count(o.person_id) = 0 as no_objective,
    coalesce(bool_or(o.status = 'proposed'), false) as waiting,
    coalesce(bool_or(o.status = 'returned'), false) as returned,
    coalesce(bool_or(o.status = 'agreed'), false) as agreed,
    coalesce(bool_or(o.status = 'in-progress'), false) as in_progress,
    coalesce(bool_or(o.due_on < ${today}::date), false) as check_in_overdue,
    coalesce(bool_or(o.status = 'completed'), false) as completed
  from in_view v left join year_objectives o on o.person_id = v.id
  group by v.id
)`;

const FILTER_COLUMNS: Record<TeamObjectiveFilter, string> = {
  'no-objective': 'no_objective',
  waiting: 'waiting',
  returned: 'returned',
  agreed: 'agreed',
  'in-progress': 'in_progress',
  'check-in-overdue': 'check_in_overdue',
  completed: 'completed',
};

function withFacts(people: TeamPeople & CheckInRule & { yearId: string }): RawBuilder<unknown> {
  return sql`${inView(people)}, ${yearObjectives(people.yearId, people)}, ${facts(people.today)}`;
}

const londonDate = (column: RawBuilder<unknown>) => sql<string | null>`to_char(${column} at time zone ${COUNCIL_TIME_ZONE}, 'YYYY-MM-DD')`;

interface MemberRow {
  id: string;
  display_name: string;
  job_title: string | null;
  service_id: string | null;
  service_name: string | null;
  manager_id: string | null;
  manager_name: string | null;
  direct: boolean;
  total: number;
}

interface ObjectiveRow {
  id: string;
  person_id: string;
  title: string;
  kind: ObjectiveKind;
  status: ObjectiveStatus;
  progress: number;
  target_date: string | null;
  check_in_due_on: string | null;
  outcome: ObjectiveOutcome | null;
}

function toObjective(row: ObjectiveRow): TeamObjectiveRecord {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    targetDate: row.target_date,
    checkInDueOn: row.check_in_due_on,
    outcome: row.outcome,
  };
}

function toMember(row: MemberRow, objectives: TeamObjectiveRecord[]): TeamMemberRecord {
  return {
    person: { id: row.id, displayName: row.display_name },
    jobTitle: row.job_title,
    service: row.service_id && row.service_name ? { id: row.service_id, name: row.service_name } : null,
    manager: row.manager_id && row.manager_name ? { id: row.manager_id, displayName: row.manager_name } : null,
    direct: row.direct,
    objectives,
  };
}

export function createTeamObjectiveRepository(db: Db): TeamObjectiveRepository {
  async function objectivesOf(personIds: string[], yearId: string, rule: CheckInRule): Promise<Map<string, TeamObjectiveRecord[]>> {
    const byPerson = new Map<string, TeamObjectiveRecord[]>();
    if (personIds.length === 0) return byPerson;
    const { rows } = await sql<ObjectiveRow>`
      select o.id, o.person_id, o.title, o.kind, o.status, o.progress, o.target_date, o.outcome, ${dueOn(rule)}::text as check_in_due_on
      from objectives o
      where o.person_id = any(${personIds}::uuid[]) and o.year_id = ${yearId} and o.status <> 'withdrawn'
      order by o.created_at, o.id`.execute(db);
    for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), toObjective(row)]);
    return byPerson;
  }

  return {
    async years() {
      const rows = await db
        .selectFrom('appraisal_years')
        .select(['id', 'label', 'starts_on', 'ends_on', 'agree_by', 'status'])
        .orderBy('starts_on', 'desc')
        .execute();
      return rows.map((row) => ({ id: row.id, label: row.label, startsOn: row.starts_on, endsOn: row.ends_on, agreeBy: row.agree_by, status: row.status }));
    },

    async listMembers(query) {
      const filter = query.status ? sql`and ${sql.ref(`f.${FILTER_COLUMNS[query.status]}`)}` : sql``;
      const text = query.text ? sql`and lower(p.display_name) like ${likePattern(query.text.toLowerCase())}` : sql``;
      const { rows } = await sql<MemberRow>`${withFacts(query)}
        select p.id, p.display_name, p.job_title, s.id as service_id, s.name as service_name,
               m.id as manager_id, m.display_name as manager_name,
               coalesce(p.line_manager_id = ${query.viewerId}, false) as direct, count(*) over () as total
        from facts f
        join people p on p.id = f.id
        left join services s on s.id = p.service_id
        left join people m on m.id = p.line_manager_id
        where true ${filter} ${text}
        order by direct desc, lower(p.display_name), p.id
        limit ${query.limit} offset ${query.offset}`.execute(db);
      const objectives = await objectivesOf(
        rows.map((row) => row.id),
        query.yearId,
        query,
      );
      return { items: rows.map((row) => toMember(row, objectives.get(row.id) ?? [])), total: Number(rows[0]?.total ?? 0) };
    },

    async countByFilter(query) {
      const { rows } = await sql<Record<'everyone' | TeamObjectiveFilter, number>>`${withFacts(query)}
        select count(*)::int as everyone,
          count(*) filter (where no_objective)::int as "no-objective",
          count(*) filter (where waiting)::int as waiting,
          count(*) filter (where returned)::int as returned,
          count(*) filter (where agreed)::int as agreed,
          count(*) filter (where in_progress)::int as "in-progress",
          count(*) filter (where check_in_overdue)::int as "check-in-overdue",
          count(*) filter (where completed)::int as completed
        from facts`.execute(db);
      const row = rows[0];
      if (!row) throw new Error('count(*) without a group by returned no row');
      return row;
    },

    async managersIn(people) {
      const { rows } = await sql<{ id: string; display_name: string }>`${inView(people)}
        select p.id, p.display_name
        from people p join in_view v on v.id = p.id
        where exists (select 1 from people r where r.line_manager_id = p.id and r.status = 'active')
        order by lower(p.display_name), p.id`.execute(db);
      return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
    },

    async services() {
      const rows = await db.selectFrom('services').select(['id', 'name']).orderBy(sql`lower(name)`).orderBy('id').execute();
      return rows.map((row) => ({ id: row.id, name: row.name }));
    },

    async auditCompletion(people) {
      const { rows } = await sql<{
        campaign_id: string;
        campaign_name: string;
        opens_on: string;
        closes_on: string;
        campaign_status: 'draft' | 'launched' | 'closed';
        closed_at: Date | null;
        campaign_version_id: string;
        members: number;
        submitted: number;
        in_progress: number;
      }>`${inView(people)},
        campaign as (
          select c.* from audit_campaigns c
          where c.status <> 'draft'
            and exists (select 1 from audit_campaign_members m join in_view v on v.id = m.person_id where m.campaign_id = c.id)
          order by (c.status = 'launched') desc, c.opens_on desc, c.created_at desc
          limit 1
        )
        select c.id as campaign_id, c.name as campaign_name, c.opens_on, c.closes_on, c.status as campaign_status, c.closed_at,
               c.framework_version_id as campaign_version_id,
               count(*)::int as members,
               count(*) filter (where r.status = 'submitted')::int as submitted,
               count(*) filter (where r.status = 'draft')::int as in_progress
        from campaign c
        join audit_campaign_members m on m.campaign_id = c.id
        join in_view v on v.id = m.person_id
        left join audit_responses r on r.campaign_id = c.id and r.person_id = m.person_id
        group by c.id, c.name, c.opens_on, c.closes_on, c.status, c.closed_at, c.framework_version_id`.execute(db);
      const row = rows[0];
      if (!row) return { campaign: undefined, members: 0, submitted: 0, inProgress: 0, notStarted: 0 };
      return {
        campaign: {
          id: row.campaign_id,
          name: row.campaign_name,
          opensOn: row.opens_on,
          closesOn: row.closes_on,
          status: row.campaign_status,
          closedAt: row.closed_at,
          frameworkVersionId: row.campaign_version_id,
        },
        members: row.members,
        submitted: row.submitted,
        inProgress: row.in_progress,
        notStarted: row.members - row.submitted - row.in_progress,
      };
    },

    async exportRows(query) {
      const { rows } = await sql<{
        person: string;
        email: string;
        job_title: string | null;
        manager: string | null;
        service: string | null;
        kind: ObjectiveKind;
        title: string;
        success_measure: string;
        status: ObjectiveStatus;
        target_date: string | null;
        proposed_on: string | null;
        agreed_on: string | null;
        agreed_by: string | null;
        progress: number;
        last_check_in_on: string | null;
        outcome: ObjectiveOutcome | null;
        outcome_comment: string | null;
      }>`${inView(query)}
        select p.display_name as person, p.email, p.job_title, m.display_name as manager, s.name as service,
               o.kind, o.title, o.success_measure, o.status, o.target_date::text as target_date,
               ${londonDate(sql`o.proposed_at`)} as proposed_on, ${londonDate(sql`o.agreed_at`)} as agreed_on, a.display_name as agreed_by,
               o.progress, ${londonDate(sql`o.last_check_in_at`)} as last_check_in_on, o.outcome, o.outcome_comment
        from objectives o
        join in_view v on v.id = o.person_id
        join people p on p.id = o.person_id
        left join people m on m.id = p.line_manager_id
        left join services s on s.id = p.service_id
        left join people a on a.id = o.agreed_by
        where o.year_id = ${query.yearId} and o.status <> 'withdrawn'
        order by lower(s.name) nulls last, lower(p.display_name), p.id, o.created_at, o.id`.execute(db);
      return rows.map((row) => ({
        person: row.person,
        email: row.email,
        jobTitle: row.job_title,
        manager: row.manager,
        service: row.service,
        kind: row.kind,
        title: row.title,
        successMeasure: row.success_measure,
        status: row.status,
        targetDate: row.target_date,
        proposedOn: row.proposed_on,
        agreedOn: row.agreed_on,
        agreedBy: row.agreed_by,
        progress: row.progress,
        lastCheckInOn: row.last_check_in_on,
        outcome: row.outcome,
        outcomeComment: row.outcome_comment,
      }));
    },

    async personalStanding(personId, rule) {
      const { rows } = await sql<{ id: string; label: string; agree_by: string; statuses: ObjectiveStatus[] | null; check_ins_due: number }>`
        select y.id, y.label, y.agree_by,
               array_remove(array_agg(o.status), null) as statuses,
               count(*) filter (where ${dueOn(rule)} <= ${rule.today}::date)::int as check_ins_due
        from appraisal_years y
        left join objectives o on o.year_id = y.id and o.person_id = ${personId} and o.status <> 'withdrawn'
        where y.status = 'open'
        group by y.id, y.label, y.agree_by`.execute(db);
      const row = rows[0];
      if (!row) return undefined;
      return { year: { id: row.id, label: row.label, agreeBy: row.agree_by }, statuses: row.statuses ?? [], checkInsDue: row.check_ins_due };
    },

    async managerStanding(managerId, rule) {
      const { rows } = await sql<{ waiting: number; check_ins_overdue: number }>`
        select count(*) filter (where o.status = 'proposed')::int as waiting,
               count(*) filter (where ${dueOn(rule)} < ${rule.today}::date)::int as check_ins_overdue
        from appraisal_years y
        join objectives o on o.year_id = y.id
        join people p on p.id = o.person_id
        where y.status = 'open' and p.line_manager_id = ${managerId} and p.status = 'active'`.execute(db);
      return { waiting: rows[0]?.waiting ?? 0, checkInsOverdue: rows[0]?.check_ins_overdue ?? 0 };
    },
  };
}
