import { sql } from 'kysely';
import type { ProjectFields, ProjectRecord, ProjectRepository, SaveResult } from '../domain/projects/project-repository.js';
import type { Db } from './database.js';
import { joinedPerson, joinedRef, likePattern, pageOf, violatedUniqueIndex, type RowOf } from './query-helpers.js';
import type { ProjectsTable } from './schema.js';
import type { Updateable } from 'kysely';

const NAME_INDEX = 'projects_name_key';

function recordsQuery(db: Db, viewerId: string) {
  return db
    .selectFrom('projects as p')
    .leftJoin('services as s', 's.id', 'p.service_id')
    .leftJoin('people as sp', 'sp.id', 'p.sponsor_person_id')
    .select([
      'p.id',
      'p.name',
      'p.summary',
      'p.service_id',
      's.name as service_name',
      'p.sponsor_person_id',
      'sp.display_name as sponsor_name',
      'p.stage',
      'p.rag',
      'p.starts_on',
      'p.ends_on',
      'p.digital_implications',
      'p.last_update_published_at',
      'p.created_at',
      'p.updated_at',
      sql<number>`(select count(*)::int from project_members m where m.project_id = p.id)`.as('member_count'),
      sql<number>`(select count(*)::int from project_followers f where f.project_id = p.id)`.as('follower_count'),
      sql<boolean>`exists (select 1 from project_followers f where f.project_id = p.id and f.person_id = ${viewerId})`.as('followed_by_viewer'),
    ]);
}

type RecordRow = RowOf<typeof recordsQuery>;

function toRecord(row: RecordRow): ProjectRecord {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    service: joinedRef(row.service_id, row.service_name),
    sponsor: joinedPerson(row.sponsor_person_id, row.sponsor_name),
    stage: row.stage,
    rag: row.rag,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    digitalImplications: row.digital_implications,
    memberCount: row.member_count,
    followerCount: row.follower_count,
    followedByViewer: row.followed_by_viewer,
    lastUpdatePublishedAt: row.last_update_published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columnsOf(fields: Partial<ProjectFields>): Updateable<ProjectsTable> {
  const columns: Updateable<ProjectsTable> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  if (fields.summary !== undefined) columns.summary = fields.summary;
  if (fields.serviceId !== undefined) columns.service_id = fields.serviceId;
  if (fields.sponsorPersonId !== undefined) columns.sponsor_person_id = fields.sponsorPersonId;
  if (fields.stage !== undefined) columns.stage = fields.stage;
  if (fields.rag !== undefined) columns.rag = fields.rag;
  if (fields.startsOn !== undefined) columns.starts_on = fields.startsOn;
  if (fields.endsOn !== undefined) columns.ends_on = fields.endsOn;
  if (fields.digitalImplications !== undefined) columns.digital_implications = fields.digitalImplications;
  return columns;
}

/** A unique name refused by the database (someone saved the same name a moment earlier) becomes a result. */
function nameRefusal(error: unknown, name: string | undefined): SaveResult {
  if (violatedUniqueIndex(error) === NAME_INDEX && name !== undefined) return { kind: 'name-taken', name };
  throw error;
}

/** The digital projects register in PostgreSQL. */
export function createProjectRepository(db: Db): ProjectRepository {
  return {
    async find(id, viewerId) {
      const row = await recordsQuery(db, viewerId).where('p.id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async list(filter, viewerId, page) {
      let query = recordsQuery(db, viewerId).select((eb) => eb.fn.countAll<number>().over().as('total'));
      if (filter.text) {
        const pattern = likePattern(filter.text);
        query = query.where((eb) => eb.or([eb('p.name', 'ilike', pattern), eb('p.summary', 'ilike', pattern)]));
      }
      if (filter.serviceId) query = query.where('p.service_id', '=', filter.serviceId);
      if (filter.stage) query = query.where('p.stage', '=', filter.stage);
      if (filter.rag) query = query.where('p.rag', '=', filter.rag);
      if (filter.followedBy) {
        const personId = filter.followedBy;
        query = query.where(sql<boolean>`exists (select 1 from project_followers f where f.project_id = p.id and f.person_id = ${personId})`);
      }
      const rows = await query.orderBy(sql`lower(p.name)`).orderBy('p.id').limit(page.limit).offset(page.offset).execute();
      return pageOf(rows, toRecord);
    },

    async members(projectId) {
      const rows = await db
        .selectFrom('project_members as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['p.id', 'p.display_name', 'm.role', 'm.added_at'])
        .where('m.project_id', '=', projectId)
        .orderBy('p.display_name')
        .orderBy('p.id')
        .execute();
      return rows.map((row) => ({ person: { id: row.id, displayName: row.display_name }, role: row.role, addedAt: row.added_at }));
    },

    async followers(projectId) {
      const rows = await db
        .selectFrom('project_followers as f')
        .innerJoin('people as p', 'p.id', 'f.person_id')
        .select(['p.id', 'p.display_name'])
        .where('f.project_id', '=', projectId)
        .orderBy('p.display_name')
        .orderBy('p.id')
        .execute();
      return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
    },

    async countLinkedObjectives(projectId) {
      const row = await db
        .selectFrom('objectives')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('project_id', '=', projectId)
        .where('status', '!=', 'withdrawn')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async findByName(name) {
      return db
        .selectFrom('projects')
        .select(['id', 'name'])
        .where(sql<boolean>`lower(name) = lower(${name})`)
        .executeTakeFirst();
    },

    async personStatus(personId) {
      const row = await db.selectFrom('people').select('status').where('id', '=', personId).executeTakeFirst();
      return row?.status;
    },

    async serviceExists(serviceId) {
      const row = await db.selectFrom('services').select('id').where('id', '=', serviceId).executeTakeFirst();
      return row !== undefined;
    },

    async services() {
      return db.selectFrom('services').select(['id', 'name']).orderBy('name').execute();
    },

    async create(fields, createdBy, now) {
      try {
        const row = await db
          .insertInto('projects')
          .values({ ...columnsOf(fields), name: fields.name, stage: fields.stage, rag: fields.rag, created_by: createdBy, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { kind: 'saved', id: row.id };
      } catch (error) {
        return nameRefusal(error, fields.name);
      }
    },

    async update(id, changes, now) {
      try {
        const row = await db
          .updateTable('projects')
          .set({ ...columnsOf(changes), updated_at: now })
          .where('id', '=', id)
          .returning('id')
          .executeTakeFirst();
        return row ? { kind: 'saved', id: row.id } : { kind: 'not-found' };
      } catch (error) {
        return nameRefusal(error, changes.name);
      }
    },

    async setMember(projectId, personId, role, now) {
      return db.transaction().execute(async (trx) => {
        const touched = await trx.updateTable('projects').set({ updated_at: now }).where('id', '=', projectId).returning('id').executeTakeFirst();
        if (!touched) return false;
        await trx
          .insertInto('project_members')
          .values({ project_id: projectId, person_id: personId, role, added_at: now })
          .onConflict((conflict) => conflict.columns(['project_id', 'person_id']).doUpdateSet({ role }))
          .execute();
        return true;
      });
    },

    async removeMember(projectId, personId, now) {
      await db.transaction().execute(async (trx) => {
        const removed = await trx.deleteFrom('project_members').where('project_id', '=', projectId).where('person_id', '=', personId).executeTakeFirst();
        if (Number(removed.numDeletedRows) > 0) await trx.updateTable('projects').set({ updated_at: now }).where('id', '=', projectId).execute();
      });
    },

    async follow(projectId, personId, now) {
      await db
        .insertInto('project_followers')
        .values({ project_id: projectId, person_id: personId, followed_at: now })
        .onConflict((conflict) => conflict.columns(['project_id', 'person_id']).doNothing())
        .execute();
    },

    async unfollow(projectId, personId) {
      await db.deleteFrom('project_followers').where('project_id', '=', projectId).where('person_id', '=', personId).execute();
    },
  };
}
