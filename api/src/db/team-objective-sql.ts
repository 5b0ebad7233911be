import { sql, type RawBuilder } from 'kysely';
import type { TeamObjectiveFilter } from '../contracts/team-objectives.js';
import { COUNCIL_TIME_ZONE } from '../domain/audit/campaign-window.js';
import type { CheckInRule, TeamPeople } from '../domain/objectives/team/team-objective-repository.js';
import { reportingLineIds } from './reporting-line.js';

/**
 * `with … in_view (id)`: the active people in view — everyone below a manager (the skills
 * audit's reporting-line query), or the whole council — narrowed to one service if asked.
 * Every query here starts with it and adds its own common table expressions after a comma.
 */
export function inView(people: TeamPeople): RawBuilder<unknown> {
  const service = people.serviceId ? sql`and p.service_id = ${people.serviceId}` : sql``;
  if (people.scope.kind === 'council') {
    return sql`with in_view (id) as (select p.id from people p where p.status = 'active' ${service})`;
  }
  const managerId = people.scope.managerId;
  return sql`${reportingLineIds(managerId)},
    in_view (id) as (select p.id from people p join line l on l.id = p.id where p.status = 'active' and p.id <> ${managerId} ${service})`;
}

/** When the next check-in is due: agreed and in-progress objectives only, in council dates. */
export function dueOn(rule: CheckInRule): RawBuilder<string | null> {
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

export const FILTER_COLUMNS: Record<TeamObjectiveFilter, string> = {
  'no-objective': 'no_objective',
  waiting: 'waiting',
  returned: 'returned',
  agreed: 'agreed',
  'in-progress': 'in_progress',
  'check-in-overdue': 'check_in_overdue',
  completed: 'completed',
};

export function withFacts(people: TeamPeople & CheckInRule & { yearId: string }): RawBuilder<unknown> {
  return sql`${inView(people)}, ${yearObjectives(people.yearId, people)}, ${facts(people.today)}`;
}

export const londonDate = (column: RawBuilder<unknown>) => sql<string | null>`to_char(${column} at time zone ${COUNCIL_TIME_ZONE}, 'YYYY-MM-DD')`;
