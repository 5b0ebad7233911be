import { sql } from 'kysely';
import type { ObjectiveKind, ObjectiveOutcome, ObjectiveStatus } from '../contracts/objectives.js';
import type { ExportRecord, TeamPeople } from '../domain/objectives/team/team-objective-repository.js';
import type { Db } from './database.js';
import { inView, londonDate } from './team-objective-sql.js';

interface ExportRow {
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
}

function toRecord(row: ExportRow): ExportRecord {
  return {
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
  };
}

/** The year's objectives of the people in view, withdrawn ones left out, by service, person and age. */
export async function exportRows(db: Db, query: TeamPeople & { yearId: string }): Promise<ExportRecord[]> {
  const { rows } = await sql<ExportRow>`${inView(query)}
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
  return rows.map(toRecord);
}
