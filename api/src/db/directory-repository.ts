import { sql } from 'kysely';
import type { DirectoryRepository, DirectoryState, PeopleSearch } from '../domain/directory/directory-repository.js';
import type { ActorFacts, Person } from '../domain/directory/person.js';
import { siteKindFromName } from '../domain/directory/site-kind.js';
import type { ImportPlan } from '../domain/directory/staff-import-plan.js';
import type { StaffRow } from '../domain/directory/staff-csv.js';
import type { AppRole } from '../domain/shared/roles.js';
import type { ChampionStatus } from '../contracts/champions.js';
import { queryPrepared, type Db } from './database.js';
import { likePattern, pageOf, type RowOf } from './query-helpers.js';
import { insertAuditEntries } from './audit-log-repository.js';

function selectPeople(db: Db) {
  return db
    .selectFrom('people as p')
    .leftJoin('services as s', 's.id', 'p.service_id')
    .leftJoin('sites as si', 'si.id', 'p.site_id')
    .leftJoin('people as m', 'm.id', 'p.line_manager_id')
    .select([
      'p.id',
      'p.entra_object_id',
      'p.email',
      'p.display_name',
      'p.job_title',
      'p.status',
      'p.left_on',
      's.id as service_id',
      's.name as service_name',
      'si.id as site_id',
      'si.name as site_name',
      'm.id as manager_id',
      'm.display_name as manager_name',
      sql<number>`count(*) over ()`.as('total'),
    ]);
}

type PeopleQuery = ReturnType<typeof selectPeople>;
type PersonJoinRow = RowOf<typeof selectPeople>;

function toPerson(row: PersonJoinRow): Person {
  return {
    id: row.id,
    entraObjectId: row.entra_object_id,
    email: row.email,
    displayName: row.display_name,
    jobTitle: row.job_title,
    service: row.service_id && row.service_name ? { id: row.service_id, name: row.service_name } : null,
    site: row.site_id && row.site_name ? { id: row.site_id, name: row.site_name } : null,
    lineManager: row.manager_id && row.manager_name ? { id: row.manager_id, displayName: row.manager_name } : null,
    status: row.status,
    leftOn: row.left_on,
  };
}

function page(rows: PersonJoinRow[]): { items: Person[]; total: number } {
  return pageOf(rows, toPerson);
}

function matching(query: PeopleQuery, text: string | undefined): PeopleQuery {
  if (!text) return query;
  const pattern = likePattern(text.toLowerCase());
  return query.where((eb) =>
    eb.or([
      eb(sql`lower(p.display_name)`, 'like', pattern),
      eb(sql`lower(p.email)`, 'like', pattern),
      eb(sql`lower(coalesce(p.job_title, ''))`, 'like', pattern),
    ]),
  );
}

function unnestRows(rows: StaffRow[]) {
  const column = <K extends keyof StaffRow>(key: K) => rows.map((row) => row[key]);
  return sql`unnest(
    ${column('email')}::text[], ${column('displayName')}::text[], ${column('jobTitle')}::text[],
    ${column('service')}::text[], ${column('site')}::text[], ${column('entraObjectId')}::uuid[], ${column('status')}::text[],
    ${column('lineManagerEmail')}::text[]
  ) as v(email, display_name, job_title, service, site, entra_object_id, status, manager_email)`;
}

export function createDirectoryRepository(db: Db): DirectoryRepository {
  return {
    async findPerson(id) {
      const row = await selectPeople(db).where('p.id', '=', id).executeTakeFirst();
      return row ? toPerson(row) : undefined;
    },

    async findPeopleByEmails(emails) {
      if (emails.length === 0) return [];
      const rows = await selectPeople(db)
        .where(sql<string>`lower(p.email)`, 'in', emails.map((email) => email.toLowerCase()))
        .execute();
      return rows.map(toPerson);
    },

    async actorFacts(key): Promise<ActorFacts | undefined> {
      let query = selectPeople(db);
      if ('personId' in key) query = query.where('p.id', '=', key.personId);
      else if ('entraObjectId' in key) query = query.where('p.entra_object_id', '=', key.entraObjectId);
      else {
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('sessions as se')
              .whereRef('se.person_id', '=', 'p.id')
              .where('se.token_hash', '=', key.sessionTokenHash)
              .where('se.expires_at', '>', key.validAt)
              .select(sql`1`.as('one')),
          ),
        );
      }
      const [row] = await queryPrepared(
        db,
        query.select([
          sql<AppRole[]>`array(select r.role from role_assignments r where r.person_id = p.id order by r.role)`.as('app_roles'),
          sql<number>`(select count(*)::int from people r where r.line_manager_id = p.id and r.status = 'active')`.as('direct_reports'),
          sql<number>`(select count(*)::int from services h where h.head_person_id = p.id)`.as('head_of_services'),
          sql<ChampionStatus | null>`(select c.status from champions c where c.person_id = p.id)`.as('champion_status'),
        ]),
      );
      if (!row) return undefined;
      return {
        person: toPerson(row),
        appRoles: row.app_roles,
        directReports: row.direct_reports,
        headOfServices: row.head_of_services,
        championStatus: row.champion_status,
      };
    },

    async isInManagementChain(managerId, personId) {
      const result = await sql<{ found: boolean }>`
        with recursive chain (manager_id, depth) as (
          select line_manager_id, 1 from people where id = ${personId}
          union all
          select p.line_manager_id, c.depth + 1 from people p join chain c on p.id = c.manager_id
          where c.depth < 100
        )
        select exists (select 1 from chain where manager_id = ${managerId}) as found`.execute(db);
      return result.rows[0]?.found ?? false;
    },

    async searchPeople(search: PeopleSearch) {
      let query = matching(selectPeople(db).where('p.status', '=', search.status ?? 'active').where('p.anonymised_at', 'is', null), search.text);
      if (search.serviceId) query = query.where('p.service_id', '=', search.serviceId);
      const rows = await query.orderBy(sql`lower(p.display_name)`).orderBy('p.id').limit(search.limit).offset(search.offset).execute();
      return page(rows);
    },

    async peopleWithAppRole(role, text, limit) {
      const query = selectPeople(db)
        .where('p.status', '=', 'active')
        .where((eb) => eb.exists(eb.selectFrom('role_assignments as r').whereRef('r.person_id', '=', 'p.id').where('r.role', '=', role).select('r.role')));
      return page(await matching(query, text).orderBy(sql`lower(p.display_name)`).limit(limit).execute());
    },

    async peopleWhoManage(kind, text, limit) {
      const query = selectPeople(db)
        .where('p.status', '=', 'active')
        .where((eb) =>
          kind === 'service'
            ? eb.exists(eb.selectFrom('services as hs').whereRef('hs.head_person_id', '=', 'p.id').select('hs.id'))
            : eb.exists(eb.selectFrom('people as r').whereRef('r.line_manager_id', '=', 'p.id').where('r.status', '=', 'active').select('r.id')),
        );
      return page(await matching(query, text).orderBy(sql`lower(p.display_name)`).limit(limit).execute());
    },

    async countPeopleOutsideTree() {
      const row = await db
        .selectFrom('people as p')
        .where('p.status', '=', 'active')
        .where('p.line_manager_id', 'is', null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('people as r').whereRef('r.line_manager_id', '=', 'p.id').where('r.status', '=', 'active').select('r.id'))))
        .select(sql<number>`count(*)::int`.as('count'))
        .executeTakeFirstOrThrow();
      return row.count;
    },

    async importState(): Promise<DirectoryState> {
      const [people, services, sites] = await Promise.all([
        db
          .selectFrom('people as p')
          .leftJoin('services as s', 's.id', 'p.service_id')
          .leftJoin('sites as si', 'si.id', 'p.site_id')
          .leftJoin('people as m', 'm.id', 'p.line_manager_id')
          .select([
            'p.id',
            sql<string>`lower(p.email)`.as('email'),
            'p.display_name',
            'p.job_title',
            's.name as service',
            'si.name as site',
            sql<string | null>`lower(m.email)`.as('manager_email'),
            'p.entra_object_id',
            'p.status',
          ])
          .execute(),
        db.selectFrom('services').select('name').execute(),
        db.selectFrom('sites').select('name').execute(),
      ]);
      return {
        people: people.map((row) => ({
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          jobTitle: row.job_title,
          service: row.service,
          site: row.site,
          lineManagerEmail: row.manager_email,
          entraObjectId: row.entra_object_id,
          status: row.status,
        })),
        services: services.map((row) => row.name),
        sites: sites.map((row) => row.name),
      };
    },

    async applyImport(plan: ImportPlan, meta) {
      await db.transaction().execute(async (tx) => {
        if (plan.newServices.length > 0) {
          await tx.insertInto('services').values(plan.newServices.map((name) => ({ name }))).onConflict((oc) => oc.doNothing()).execute();
        }
        if (plan.newSites.length > 0) {
          await tx
            .insertInto('sites')
            .values(plan.newSites.map((name) => ({ name, kind: siteKindFromName(name) })))
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
        if (plan.creates.length > 0) {
          await sql`
            insert into people (email, display_name, job_title, service_id, site_id, entra_object_id, status, left_on)
            select v.email, v.display_name, v.job_title, s.id, si.id, v.entra_object_id, v.status,
                   case when v.status = 'leaver' then current_date end
            from ${unnestRows(plan.creates)}
            left join services s on lower(s.name) = lower(v.service)
            left join sites si on lower(si.name) = lower(v.site)`.execute(tx);
        }
        const updates = plan.updates.map((update) => update.row);
        if (updates.length > 0) {
          await sql`
            update people p set
              display_name = v.display_name, job_title = v.job_title, service_id = s.id, site_id = si.id,
              entra_object_id = coalesce(v.entra_object_id, p.entra_object_id), status = v.status,
              left_on = case when v.status = 'leaver' then coalesce(p.left_on, current_date) end,
              updated_at = now()
            from ${unnestRows(updates)}
            left join services s on lower(s.name) = lower(v.service)
            left join sites si on lower(si.name) = lower(v.site)
            where lower(p.email) = v.email`.execute(tx);
        }
        const touched = [...plan.creates, ...updates];
        if (touched.length > 0) {
          // Managers are set last: a manager may be created by this same file.
          await sql`
            update people p set line_manager_id = m.id, updated_at = now()
            from ${unnestRows(touched)}
            left join people m on lower(m.email) = v.manager_email
            where lower(p.email) = v.email and p.line_manager_id is distinct from m.id`.execute(tx);
        }
        await tx
          .insertInto('directory_imports')
          .values({
            imported_by: meta.importedBy,
            source: meta.source,
            content_sha256: meta.contentSha256,
            created_count: plan.creates.length,
            updated_count: plan.updates.length,
            unchanged_count: plan.unchanged,
          })
          .execute();
        await insertAuditEntries(tx, meta.audit);
      });
    },
  };
}
