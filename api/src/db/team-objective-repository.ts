import { sql } from 'kysely';
import type { ObjectiveKind, ObjectiveOutcome, ObjectiveStatus } from '../contracts/objectives.js';
import type { TeamObjectiveFilter } from '../contracts/team-objectives.js';
import type { TeamMemberRecord, TeamObjectiveRecord, TeamObjectiveRepository, CheckInRule } from '../domain/objectives/team/team-objective-repository.js';
import type { Db } from './database.js';
import { joinedPerson, joinedRef, likePattern } from './query-helpers.js';
import { auditCompletion } from './team-audit-completion.js';
import { exportRows } from './team-objective-export-rows.js';
import { dueOn, FILTER_COLUMNS, inView, withFacts } from './team-objective-sql.js';

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
    service: joinedRef(row.service_id, row.service_name),
    manager: joinedPerson(row.manager_id, row.manager_name),
    direct: row.direct,
    objectives,
  };
}

/** Where the team view, the export and Home read objectives across people, in PostgreSQL. */
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

    auditCompletion: (people) => auditCompletion(db, people),

    exportRows: (query) => exportRows(db, query),

    async personalStanding(personId, yearId, rule) {
      const { rows } = await sql<{ statuses: ObjectiveStatus[] | null; check_ins_due: number }>`
        select array_remove(array_agg(o.status), null) as statuses,
               count(*) filter (where ${dueOn(rule)} <= ${rule.today}::date)::int as check_ins_due
        from objectives o
        where o.year_id = ${yearId} and o.person_id = ${personId} and o.status <> 'withdrawn'`.execute(db);
      return { statuses: rows[0]?.statuses ?? [], checkInsDue: rows[0]?.check_ins_due ?? 0 };
    },

    async managerStanding(managerId, yearId, rule) {
      const { rows } = await sql<{ waiting: number; check_ins_overdue: number }>`
        select count(*) filter (where o.status = 'proposed')::int as waiting,
               count(*) filter (where ${dueOn(rule)} < ${rule.today}::date)::int as check_ins_overdue
        from objectives o
        join people p on p.id = o.person_id
        where o.year_id = ${yearId} and p.line_manager_id = ${managerId} and p.status = 'active'`.execute(db);
      return { waiting: rows[0]?.waiting ?? 0, checkInsOverdue: rows[0]?.check_ins_overdue ?? 0 };
    },
  };
}
