import { sql } from 'kysely';
import type { DropInRecord, DropInRepository, Registrant } from '../domain/champions/drop-ins/drop-in-repository.js';
import type { Db } from './database.js';
import { pageOf, type RowOf } from './query-helpers.js';
import { cancelRegistrationOf, claimDueReminders, registerUnderLock } from './drop-in-registrations.js';

function recordsQuery(db: Db, viewerId: string) {
  return db
    .selectFrom('drop_in_sessions as d')
    .innerJoin('people as p', 'p.id', 'd.host_id')
    .leftJoin('sites as s', 's.id', 'd.site_id')
    .select([
      'd.id',
      'd.host_id',
      'p.display_name as host_name',
      'd.title',
      'd.description',
      'd.starts_at',
      'd.ends_at',
      'd.format',
      'd.site_id',
      's.name as site_name',
      'd.place',
      'd.capacity',
      'd.category_keys',
      'd.meeting_join_url',
      'd.status',
      sql<number>`(select count(*)::int from drop_in_registrations r where r.session_id = d.id and r.cancelled_at is null)`.as('registered_count'),
      sql<boolean>`exists (select 1 from drop_in_registrations r where r.session_id = d.id and r.person_id = ${viewerId} and r.cancelled_at is null)`.as(
        'viewer_registered',
      ),
      sql<boolean>`exists (select 1 from support_sessions l where l.drop_in_id = d.id)`.as('logged'),
    ]);
}

type RecordRow = RowOf<typeof recordsQuery>;

function toRecord(row: RecordRow): DropInRecord {
  return {
    id: row.id,
    host: { id: row.host_id, displayName: row.host_name },
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    format: row.format,
    site: row.site_id && row.site_name !== null ? { id: row.site_id, name: row.site_name } : null,
    place: row.place,
    capacity: row.capacity,
    categoryKeys: row.category_keys,
    meetingJoinUrl: row.meeting_join_url,
    status: row.status,
    registeredCount: row.registered_count,
    viewerRegistered: row.viewer_registered,
    logged: row.logged,
  };
}

export function createDropInRepository(db: Db): DropInRepository {
  return {
    async personFacts(personId) {
      const row = await db.selectFrom('people').select(['display_name', 'entra_object_id']).where('id', '=', personId).executeTakeFirst();
      return row && { displayName: row.display_name, entraObjectId: row.entra_object_id };
    },

    async sites() {
      return db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute();
    },

    async create(dropIn) {
      const row = await db
        .insertInto('drop_in_sessions')
        .values({
          host_id: dropIn.hostId,
          title: dropIn.title,
          description: dropIn.description,
          starts_at: dropIn.startsAt,
          ends_at: dropIn.endsAt,
          format: dropIn.format,
          site_id: dropIn.siteId,
          place: dropIn.place,
          capacity: dropIn.capacity,
          category_keys: dropIn.categoryKeys,
          meeting_id: dropIn.meeting?.id ?? null,
          meeting_join_url: dropIn.meeting?.joinUrl ?? null,
          created_at: dropIn.createdAt,
          updated_at: dropIn.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async find(id, viewerId) {
      const row = await recordsQuery(db, viewerId).where('d.id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async listUpcoming(filter, now, viewerId, page) {
      let query = recordsQuery(db, viewerId)
        .select((eb) => eb.fn.countAll<number>().over().as('total'))
        .where('d.status', '=', 'scheduled')
        .where('d.ends_at', '>', now);
      if (filter.categoryKey) query = query.where(sql<boolean>`${filter.categoryKey} = any(d.category_keys)`);
      if (filter.siteId) query = query.where('d.site_id', '=', filter.siteId);
      if (filter.format === 'in-person') query = query.where('d.format', '=', 'in-person');
      // Anything with a Teams meeting can be joined online, in-person sessions "also online" too.
      if (filter.format === 'online') query = query.where((eb) => eb.or([eb('d.format', '=', 'online'), eb('d.meeting_join_url', 'is not', null)]));
      const rows = await query.orderBy('d.starts_at').orderBy('d.id').limit(page.limit).offset(page.offset).execute();
      return pageOf(rows, toRecord);
    },

    async listHosted(hostId, since) {
      const rows = await recordsQuery(db, hostId).where('d.host_id', '=', hostId).where('d.ends_at', '>', since).orderBy('d.starts_at').orderBy('d.id').execute();
      return rows.map(toRecord);
    },

    async registrants(sessionIds) {
      const byId = new Map<string, Registrant[]>();
      if (sessionIds.length === 0) return byId;
      const rows = await db
        .selectFrom('drop_in_registrations as r')
        .innerJoin('people as p', 'p.id', 'r.person_id')
        .select(['r.session_id', 'p.id', 'p.display_name', 'r.registered_at'])
        .where('r.session_id', 'in', [...sessionIds])
        .where('r.cancelled_at', 'is', null)
        .orderBy('r.registered_at')
        .orderBy('p.display_name')
        .execute();
      for (const row of rows) {
        const list = byId.get(row.session_id) ?? [];
        list.push({ person: { id: row.id, displayName: row.display_name }, registeredAt: row.registered_at });
        byId.set(row.session_id, list);
      }
      return byId;
    },

    register: (sessionId, personId, now) => registerUnderLock(db, sessionId, personId, now),
    cancelRegistration: (sessionId, personId, now) => cancelRegistrationOf(db, sessionId, personId, now),

    async cancel(sessionId, now) {
      return db.transaction().execute(async (trx) => {
        const cancelled = await trx
          .updateTable('drop_in_sessions')
          .set({ status: 'cancelled', updated_at: now })
          .where('id', '=', sessionId)
          .where('status', '=', 'scheduled')
          .where('ends_at', '>', now)
          .returning('id')
          .executeTakeFirst();
        if (!cancelled) return { kind: 'not-scheduled' as const };
        const rows = await trx
          .selectFrom('drop_in_registrations as r')
          .innerJoin('people as p', 'p.id', 'r.person_id')
          .select(['p.id', 'p.display_name', 'r.registered_at'])
          .where('r.session_id', '=', sessionId)
          .where('r.cancelled_at', 'is', null)
          .orderBy('r.registered_at')
          .execute();
        const registrants = rows.map((row): Registrant => ({ person: { id: row.id, displayName: row.display_name }, registeredAt: row.registered_at }));
        return { kind: 'cancelled' as const, registrants };
      });
    },

    claimDueReminders: (window, now) => claimDueReminders(db, window, now),
  };
}
