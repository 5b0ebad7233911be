import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { PersonalDataReader } from '../domain/privacy/personal-data.js';
import type { PersonalDataRow, PersonalDataSectionKey } from '../domain/privacy/personal-data-sections.js';
import { insertAuditEntry } from './audit-log-repository.js';
import type { Db } from './database.js';
import type { Database } from './schema.js';

interface SectionQuery {
  /** The columns naming a person (`table.column`) whose rows this section lists. */
  covers: readonly string[];
  query(id: string): RawBuilder<PersonalDataRow>;
}

/**
 * Each section's rows. Columns are listed only where a table holds something that is not
 * the person's to see (a session's secret, another person's answers).
 */
export const SECTION_QUERIES: Record<PersonalDataSectionKey, SectionQuery> = {
  'directory-entry': {
    covers: [],
    query: (id) => sql`
      select p.id, p.email, p.display_name, p.job_title, s.name as service, si.name as site, m.display_name as line_manager,
             p.entra_object_id, p.status, p.left_on, p.created_at, p.updated_at
      from people p left join services s on s.id = p.service_id left join sites si on si.id = p.site_id
      left join people m on m.id = p.line_manager_id where p.id = ${id}`,
  },
  'services-headed': { covers: ['services.head_person_id'], query: (id) => sql`select name from services where head_person_id = ${id} order by name` },
  roles: { covers: ['role_assignments.person_id'], query: (id) => sql`select * from role_assignments where person_id = ${id} order by role` },
  'sign-in-sessions': {
    covers: ['sessions.person_id'],
    // Never the token: it is the session's secret.
    query: (id) => sql`select created_at, expires_at from sessions where person_id = ${id} order by created_at`,
  },
  'teams-conversations': {
    covers: ['conversation_references.person_id'],
    query: (id) => sql`select conversation_id, scope, tenant_id, updated_at from conversation_references where person_id = ${id}`,
  },
  'audit-responses': { covers: ['audit_responses.person_id'], query: (id) => sql`select * from audit_responses where person_id = ${id} order by started_at` },
  'audit-answers': {
    covers: [],
    query: (id) => sql`
      select r.id as response_id, st.text as statement, a.answer, a.answered_at
      from audit_answers a join audit_responses r on r.id = a.response_id join framework_statements st on st.id = a.statement_id
      where r.person_id = ${id} order by a.answered_at`,
  },
  'campaign-invitations': {
    covers: ['audit_campaign_members.person_id'],
    query: (id) => sql`select c.name as campaign, m.* from audit_campaign_members m join audit_campaigns c on c.id = m.campaign_id where m.person_id = ${id}`,
  },
  'campaign-messages': { covers: ['campaign_messages.person_id'], query: (id) => sql`select * from campaign_messages where person_id = ${id}` },
  objectives: {
    covers: ['objectives.person_id', 'objectives.supported_person_id'],
    query: (id) => sql`select * from objectives where person_id = ${id} or supported_person_id = ${id} order by created_at`,
  },
  'objective-history': {
    covers: [],
    query: (id) => sql`
      select e.* from objective_events e join objectives o on o.id = e.objective_id
      where o.person_id = ${id} or o.supported_person_id = ${id} order by e.at`,
  },
  'objective-check-ins': {
    covers: [],
    query: (id) => sql`
      select c.* from objective_check_ins c join objectives o on o.id = c.objective_id
      where o.person_id = ${id} or o.supported_person_id = ${id}`,
  },
  'service-plan-items': { covers: ['service_plan_items.owner_person_id'], query: (id) => sql`select * from service_plan_items where owner_person_id = ${id}` },
  'help-requests-asked': { covers: ['help_requests.requester_id'], query: (id) => sql`select * from help_requests where requester_id = ${id} order by created_at` },
  'help-requests-answered': { covers: ['help_requests.claimed_by'], query: (id) => sql`select * from help_requests where claimed_by = ${id} order by created_at` },
  'help-request-offers': {
    // The request's own `offered_to` is the latest of these offers.
    covers: ['help_request_offers.champion_id', 'help_requests.offered_to'],
    query: (id) => sql`select * from help_request_offers where champion_id = ${id}`,
  },
  'help-request-cards': { covers: ['help_request_cards.person_id'], query: (id) => sql`select * from help_request_cards where person_id = ${id}` },
  'champion-record': { covers: ['champions.person_id'], query: (id) => sql`select * from champions where person_id = ${id}` },
  'champion-history': { covers: ['champion_events.person_id'], query: (id) => sql`select * from champion_events where person_id = ${id} order by at` },
  matching: { covers: ['matching_opt_ins.person_id'], query: (id) => sql`select * from matching_opt_ins where person_id = ${id}` },
  matches: {
    covers: ['champion_matches.learner_id', 'champion_matches.champion_id'],
    query: (id) => sql`select * from champion_matches where learner_id = ${id} or champion_id = ${id}`,
  },
  'support-sessions': { covers: ['support_sessions.champion_id'], query: (id) => sql`select * from support_sessions where champion_id = ${id} order by happened_on` },
  'drop-ins-hosted': { covers: ['drop_in_sessions.host_id'], query: (id) => sql`select * from drop_in_sessions where host_id = ${id} order by starts_at` },
  'drop-in-registrations': { covers: ['drop_in_registrations.person_id'], query: (id) => sql`select * from drop_in_registrations where person_id = ${id}` },
  projects: { covers: ['projects.sponsor_person_id'], query: (id) => sql`select * from projects where sponsor_person_id = ${id}` },
  'project-members': { covers: ['project_members.person_id'], query: (id) => sql`select * from project_members where person_id = ${id}` },
  'project-follows': { covers: ['project_followers.person_id'], query: (id) => sql`select * from project_followers where person_id = ${id}` },
  guides: { covers: ['how_to_guides.author_id'], query: (id) => sql`select * from how_to_guides where author_id = ${id}` },
  reminders: { covers: ['reminders_sent.person_id'], query: (id) => sql`select * from reminders_sent where person_id = ${id}` },
  'records-read': { covers: ['audit_log.subject_person_id'], query: (id) => sql`select * from audit_log where subject_person_id = ${id} order by at` },
  actions: { covers: ['audit_log.actor_person_id'], query: (id) => sql`select * from audit_log where actor_person_id = ${id} order by at` },
};

/**
 * Columns that name a person only as whoever made a change to the programme (created a
 * campaign, agreed someone's objective). What that person did is in their audit log
 * section ("actions"); the rows themselves are about the programme or about others.
 */
export const RECORDS_WHO_CHANGED_IT: readonly string[] = [
  'appraisal_years.created_by',
  'audit_campaigns.created_by',
  'audit_campaigns.launched_by',
  'champion_events.actor_person_id',
  'champion_matches.declined_by',
  'directory_imports.imported_by',
  'framework_versions.created_by',
  'how_to_guides.published_by',
  'learning_resources.created_by',
  'match_runs.run_by',
  'objective_check_ins.recorded_by',
  'objective_events.actor_person_id',
  'objectives.agreed_by',
  // The people someone manages: their entries are theirs.
  'people.line_manager_id',
  'projects.created_by',
  'role_assignments.granted_by',
  'service_plans.updated_by',
  'settings.updated_by',
];

async function readSections(db: Kysely<Database>, personId: string): Promise<Record<PersonalDataSectionKey, PersonalDataRow[]>> {
  const sections = {} as Record<PersonalDataSectionKey, PersonalDataRow[]>;
  for (const [key, section] of Object.entries(SECTION_QUERIES) as [PersonalDataSectionKey, SectionQuery][]) {
    sections[key] = (await section.query(personId).execute(db)).rows;
  }
  return sections;
}

export function createPersonalDataRepository(db: Db): PersonalDataReader {
  return {
    async read(personId, audit) {
      // One snapshot of everything, and the audit entry of the read written with it.
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (tx) => {
          const sections = await readSections(tx, personId);
          if (sections['directory-entry'].length === 0) return undefined;
          await insertAuditEntry(tx, audit);
          return sections;
        });
    },
  };
}
