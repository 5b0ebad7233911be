import { sql } from 'kysely';
import type { ObjectiveRecord, ObjectiveRepository } from '../domain/objectives/objective-repository.js';
import type { Db } from './database.js';
import { joinedPerson, joinedRef, type RowOf } from './query-helpers.js';

function recordsQuery(db: Db) {
  return db
    .selectFrom('objectives as o')
    .innerJoin('people as p', 'p.id', 'o.person_id')
    .innerJoin('appraisal_years as y', 'y.id', 'o.year_id')
    .leftJoin('people as sp', 'sp.id', 'o.supported_person_id')
    .leftJoin('projects as pr', 'pr.id', 'o.project_id')
    .leftJoin('people as ab', 'ab.id', 'o.agreed_by')
    .select([
      'o.id',
      'o.person_id',
      'p.display_name as person_name',
      'p.line_manager_id',
      'y.id as year_id',
      'y.label as year_label',
      'y.starts_on as year_starts_on',
      'y.ends_on as year_ends_on',
      'y.agree_by as year_agree_by',
      'y.status as year_status',
      'o.kind',
      'o.title',
      'o.success_measure',
      'o.target_date',
      'o.status',
      'o.category_keys',
      'o.statement_key',
      'o.statement_reason',
      'o.supported_person_id',
      'sp.display_name as supported_person_name',
      'o.supports_as_champion',
      'o.project_id',
      'pr.name as project_name',
      'o.progress',
      'o.last_check_in_at',
      'o.return_comment',
      'o.outcome',
      'o.outcome_comment',
      'o.proposed_at',
      'o.agreed_at',
      'o.agreed_by',
      'ab.display_name as agreed_by_name',
      'o.completed_at',
      'o.updated_at',
    ]);
}

type RecordRow = RowOf<typeof recordsQuery>;

function toRecord(row: RecordRow): ObjectiveRecord {
  return {
    id: row.id,
    person: { id: row.person_id, displayName: row.person_name },
    lineManagerId: row.line_manager_id,
    year: {
      id: row.year_id,
      label: row.year_label,
      startsOn: row.year_starts_on,
      endsOn: row.year_ends_on,
      agreeBy: row.year_agree_by,
      status: row.year_status,
    },
    kind: row.kind,
    title: row.title,
    successMeasure: row.success_measure,
    targetDate: row.target_date,
    status: row.status,
    categoryKeys: row.category_keys,
    statementKey: row.statement_key,
    statementReason: row.statement_reason,
    supportedPerson: joinedPerson(row.supported_person_id, row.supported_person_name),
    supportsAsChampion: row.supports_as_champion,
    project: joinedRef(row.project_id, row.project_name),
    progress: row.progress,
    lastCheckInAt: row.last_check_in_at,
    returnComment: row.return_comment,
    outcome: row.outcome,
    outcomeComment: row.outcome_comment,
    proposedAt: row.proposed_at,
    agreedAt: row.agreed_at,
    agreedBy: joinedPerson(row.agreed_by, row.agreed_by_name),
    completedAt: row.completed_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Objectives in PostgreSQL. Every move is one transaction whose first statement is an UPDATE
 * conditional on the status the use case read: when two managers agree at once, the second
 * waits for the first's row lock, finds the status changed, writes nothing and gets false.
 */
export function createObjectiveRepository(db: Db): ObjectiveRepository {
  return {
    async find(objectiveId) {
      const row = await recordsQuery(db).where('o.id', '=', objectiveId).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async listForPerson(personId, yearId) {
      const rows = await recordsQuery(db).where('o.person_id', '=', personId).where('o.year_id', '=', yearId).orderBy('o.created_at').orderBy('o.id').execute();
      return rows.map(toRecord);
    },

    async historyOf(objectiveId) {
      const [checkIns, events] = await Promise.all([
        db
          .selectFrom('objective_check_ins as c')
          .leftJoin('people as p', 'p.id', 'c.recorded_by')
          .select(['c.id', 'c.note', 'c.progress', 'c.recorded_by', 'p.display_name', 'c.at'])
          .where('c.objective_id', '=', objectiveId)
          .orderBy('c.at')
          .orderBy('c.id')
          .execute(),
        db
          .selectFrom('objective_events as e')
          .leftJoin('people as p', 'p.id', 'e.actor_person_id')
          .select(['e.from_status', 'e.to_status', 'e.actor_person_id', 'p.display_name', 'e.comment', 'e.at'])
          .where('e.objective_id', '=', objectiveId)
          .orderBy('e.at')
          .orderBy('e.id')
          .execute(),
      ]);
      return {
        checkIns: checkIns.map((row) => ({ id: row.id, note: row.note, progress: row.progress, by: joinedPerson(row.recorded_by, row.display_name), at: row.at })),
        events: events.map((row) => ({
          fromStatus: row.from_status,
          toStatus: row.to_status,
          by: joinedPerson(row.actor_person_id, row.display_name),
          comment: row.comment,
          at: row.at,
        })),
      };
    },

    create(objective) {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('objectives')
          .values({
            person_id: objective.personId,
            year_id: objective.yearId,
            kind: objective.kind,
            title: objective.title,
            success_measure: objective.successMeasure,
            target_date: objective.targetDate,
            status: 'draft',
            category_keys: objective.categoryKeys,
            statement_key: objective.statementKey,
            statement_reason: objective.statementReason,
            supported_person_id: objective.supportedPersonId,
            supports_as_champion: objective.supportsAsChampion,
            project_id: objective.projectId,
            created_at: objective.at,
            updated_at: objective.at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('objective_events')
          .values({ objective_id: id, from_status: null, to_status: 'draft', actor_person_id: objective.personId, comment: null, at: objective.at })
          .execute();
        return id;
      });
    },

    async edit(objectiveId, from, fields, at) {
      const result = await db
        .updateTable('objectives')
        .set({
          kind: fields.kind,
          title: fields.title,
          success_measure: fields.successMeasure,
          target_date: fields.targetDate,
          category_keys: fields.categoryKeys,
          supported_person_id: fields.supportedPersonId,
          supports_as_champion: fields.supportsAsChampion,
          project_id: fields.projectId,
          // A changed skill objective may no longer be about the statement it came from.
          ...(fields.kind === 'skill' ? {} : { statement_key: null, statement_reason: null }),
          updated_at: at,
        })
        .where('id', '=', objectiveId)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    move(move) {
      return db.transaction().execute(async (trx) => {
        const { changes } = move;
        const result = await trx
          .updateTable('objectives')
          .set({
            status: move.to,
            ...(changes.returnComment !== undefined ? { return_comment: changes.returnComment } : {}),
            ...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
            ...(changes.outcomeComment !== undefined ? { outcome_comment: changes.outcomeComment } : {}),
            ...(changes.proposedAt !== undefined ? { proposed_at: changes.proposedAt } : {}),
            ...(changes.agreedAt !== undefined ? { agreed_at: changes.agreedAt } : {}),
            ...(changes.agreedBy !== undefined ? { agreed_by: changes.agreedBy } : {}),
            ...(changes.completedAt !== undefined ? { completed_at: changes.completedAt } : {}),
            ...(changes.progress !== undefined ? { progress: changes.progress } : {}),
            ...(changes.lastCheckInAt !== undefined ? { last_check_in_at: changes.lastCheckInAt } : {}),
            updated_at: move.at,
          })
          .where('id', '=', move.objectiveId)
          .where('status', '=', move.from)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await trx
          .insertInto('objective_events')
          .values({ objective_id: move.objectiveId, from_status: move.from, to_status: move.to, actor_person_id: move.actorId, comment: move.comment, at: move.at })
          .execute();
        if (move.checkIn) {
          await trx
            .insertInto('objective_check_ins')
            .values({ objective_id: move.objectiveId, note: move.checkIn.note, progress: move.checkIn.progress, recorded_by: move.actorId, at: move.at })
            .execute();
        }
        return true;
      });
    },

    async projectExists(projectId) {
      const row = await db.selectFrom('projects').select(sql<number>`1`.as('found')).where('id', '=', projectId).executeTakeFirst();
      return row !== undefined;
    },
  };
}
