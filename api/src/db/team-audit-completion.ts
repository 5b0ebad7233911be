import { sql } from 'kysely';
import type { AuditCompletionRecord, TeamPeople } from '../domain/objectives/team/team-objective-repository.js';
import { toCampaign, type CampaignColumns } from './campaign-row.js';
import type { Db } from './database.js';
import { inView } from './team-objective-sql.js';

/** The latest skills audit (a launched one first) that includes someone in view, and how far they have got with it. */
export async function auditCompletion(db: Db, people: TeamPeople): Promise<AuditCompletionRecord> {
  const { rows } = await sql<CampaignColumns & { members: number; submitted: number; in_progress: number }>`${inView(people)},
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
    campaign: toCampaign(row),
    members: row.members,
    submitted: row.submitted,
    inProgress: row.in_progress,
    notStarted: row.members - row.submitted - row.in_progress,
  };
}
