import { sql, type Kysely } from 'kysely';
import { CHAMPION_STATUSES, type ChampionStatus } from '../contracts/champions.js';
import type { ChampionRepository, StoredChampion } from '../domain/champions/lifecycle/champion-deps.js';
import { insertAuditEntries } from './audit-log-repository.js';
import type { Db } from './database.js';
import { likePattern, pageOf, type RowOf } from './query-helpers.js';
import { latestAuditResults } from './latest-audit-results.js';
import type { Database } from './schema.js';

/** A champion's profile before they change anything (the table's defaults). */
const DEFAULT_PROFILE = { specialisms: [], siteId: null, serviceId: null, workingDays: [1, 2, 3, 4, 5], capacity: 3, about: '' };

function selectChampions(db: Kysely<Database>) {
  return db
    .selectFrom('people as p')
    .leftJoin('champions as c', 'c.person_id', 'p.id')
    .leftJoin('sites as site', (join) => join.on(sql`site.id`, '=', sql`coalesce(c.site_id, p.site_id)`))
    .leftJoin('services as service', (join) => join.on(sql`service.id`, '=', sql`coalesce(c.service_id, p.service_id)`))
    .select([
      'p.id',
      'p.display_name',
      'p.email',
      'p.job_title',
      'p.status as person_status',
      'c.status',
      'c.specialisms',
      'c.site_id',
      'c.service_id',
      'c.working_days',
      'c.capacity',
      'c.about',
      'site.id as effective_site_id',
      'site.name as site_name',
      'service.id as effective_service_id',
      'service.name as service_name',
      // The same load the champion pool counts: people supported now.
      sql<number>`(select count(*)::int from champion_matches m where m.champion_id = p.id and m.status = 'active')
        + (select count(*)::int from help_requests h where h.claimed_by = p.id and h.status = 'claimed')`.as('load'),
      // Records made before their history was kept (imports, the demo) fall back to their last change.
      sql<Date | null>`coalesce((select max(e.at) from champion_events e where e.person_id = p.id), c.updated_at)`.as('status_since'),
    ]);
}

type ChampionRow = RowOf<typeof selectChampions>;

function toStored(row: ChampionRow): StoredChampion {
  return {
    personId: row.id,
    displayName: row.display_name,
    email: row.email,
    jobTitle: row.job_title,
    personStatus: row.person_status,
    status: row.status,
    profile: row.status
      ? {
          specialisms: row.specialisms ?? [],
          siteId: row.site_id,
          serviceId: row.service_id,
          workingDays: row.working_days ?? DEFAULT_PROFILE.workingDays,
          capacity: row.capacity ?? DEFAULT_PROFILE.capacity,
          about: row.about ?? '',
        }
      : DEFAULT_PROFILE,
    site: row.effective_site_id && row.site_name ? { id: row.effective_site_id, name: row.site_name } : null,
    service: row.effective_service_id && row.service_name ? { id: row.effective_service_id, name: row.service_name } : null,
    load: row.load,
    statusSince: row.status_since ? new Date(row.status_since) : null,
  };
}

export function createChampionRepository(db: Db): ChampionRepository {
  return {
    async find(personId) {
      const row = await selectChampions(db).where('p.id', '=', personId).executeTakeFirst();
      return row ? toStored(row) : undefined;
    },

    changeStatus(write) {
      return db.transaction().execute(async (trx) => {
        let changed: bigint | undefined;
        if (write.from === null) {
          const inserted = await trx
            .insertInto('champions')
            .values({ person_id: write.personId, status: write.to, created_at: write.at, updated_at: write.at })
            .onConflict((conflict) => conflict.column('person_id').doNothing())
            .executeTakeFirst();
          changed = inserted.numInsertedOrUpdatedRows;
        } else {
          const updated = await trx
            .updateTable('champions')
            .set({ status: write.to, updated_at: write.at })
            .where('person_id', '=', write.personId)
            .where('status', '=', write.from)
            .executeTakeFirst();
          changed = updated.numUpdatedRows;
        }
        if (Number(changed ?? 0) !== 1) return false;
        await trx
          .insertInto('champion_events')
          .values({
            person_id: write.personId,
            from_status: write.from,
            to_status: write.to,
            actor_person_id: write.actorPersonId,
            note: write.note,
            at: write.at,
          })
          .execute();
        return true;
      });
    },

    async history(personId) {
      const rows = await db
        .selectFrom('champion_events as e')
        .leftJoin('people as actor', 'actor.id', 'e.actor_person_id')
        .select(['e.from_status', 'e.to_status', 'e.note', 'e.at', 'actor.id as actor_id', 'actor.display_name as actor_name'])
        .where('e.person_id', '=', personId)
        .orderBy('e.at')
        .orderBy('e.id')
        .execute();
      return rows.map((row) => ({
        fromStatus: row.from_status,
        toStatus: row.to_status,
        by: row.actor_id && row.actor_name ? { id: row.actor_id, displayName: row.actor_name } : null,
        note: row.note,
        at: row.at,
      }));
    },

    async saveProfile(personId, profile, at) {
      const updated = await db
        .updateTable('champions')
        .set({
          specialisms: profile.specialisms,
          site_id: profile.siteId,
          service_id: profile.serviceId,
          working_days: profile.workingDays,
          capacity: profile.capacity,
          about: profile.about,
          updated_at: at,
        })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },

    async places() {
      const [sites, services] = await Promise.all([
        db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute(),
        db.selectFrom('services').select(['id', 'name']).orderBy('name').execute(),
      ]);
      return { sites, services };
    },

    async placesExist({ siteId, serviceId }) {
      const [site, service] = await Promise.all([
        siteId ? db.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst() : undefined,
        serviceId ? db.selectFrom('services').select('id').where('id', '=', serviceId).executeTakeFirst() : undefined,
      ]);
      return { site: site !== undefined, service: service !== undefined };
    },

    async search(search) {
      if (search.statuses.length === 0) return { items: [], total: 0 };
      let query = selectChampions(db)
        .select(sql<number>`count(*) over ()`.as('total'))
        .where('c.status', 'in', [...search.statuses]);
      if (search.activePeopleOnly) query = query.where('p.status', '=', 'active');
      if (search.text) {
        const pattern = likePattern(search.text.toLowerCase());
        query = query.where((eb) =>
          eb.or([
            eb(sql`lower(p.display_name)`, 'like', pattern),
            eb(sql`lower(coalesce(site.name, ''))`, 'like', pattern),
            eb(sql`lower(coalesce(service.name, ''))`, 'like', pattern),
            eb(sql`lower(array_to_string(c.specialisms, ' '))`, 'like', pattern),
          ]),
        );
      }
      const rows = await query.orderBy('p.display_name').orderBy('p.id').limit(search.limit).offset(search.offset).execute();
      return pageOf(rows, toStored);
    },

    async countsByStatus() {
      const rows = await db.selectFrom('champions').select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status').execute();
      const counts = Object.fromEntries(CHAMPION_STATUSES.map((status) => [status, 0])) as Record<ChampionStatus, number>;
      for (const row of rows) counts[row.status] = row.n;
      return counts;
    },

    async latestAudits(personIds) {
      return latestAuditResults(db, personIds);
    },

    recordReads(entries) {
      return insertAuditEntries(db, entries);
    },
  };
}
