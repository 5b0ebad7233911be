import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Database, ObjectiveOutcomeColumn, ObjectiveStatusColumn } from '../db/schema.js';
import { CHECK_IN_NOTES } from './demo-objective-texts.js';

/**
 * One demo objective's life so far, told as the moves the workflow allows, and written out
 * as the objective row, its history (objective_events) and its check-ins. The status is
 * where the story ends, so row and history always agree.
 */

export interface ObjectiveContent {
  kind: 'skill' | 'support' | 'project';
  title: string;
  successMeasure: string;
  categoryKeys: string[];
  statementKey: string | null;
  statementReason: 'gap' | 'decay' | null;
  supportedPersonId: string | null;
  supportsAsChampion: boolean;
  projectId: string | null;
  /** Which check-in notes fit it. */
  notes: keyof typeof CHECK_IN_NOTES;
}

export interface ObjectiveStory {
  created: Date;
  proposed?: Date;
  /** Returned with a comment; with `reproposed`, changed and proposed again. */
  returned?: { at: Date; comment: string };
  reproposed?: Date;
  agreed?: { at: Date; comment: string | null };
  checkIns?: { at: Date; progress: number; byManager: boolean }[];
  outcome?: { at: Date; outcome: ObjectiveOutcomeColumn; comment: string };
  withdrawn?: { at: Date; comment: string };
}

export interface StoryRows {
  objective: Insertable<Database['objectives']> & { id: string };
  events: Insertable<Database['objective_events']>[];
  checkIns: Insertable<Database['objective_check_ins']>[];
}

interface Move {
  to: ObjectiveStatusColumn;
  by: string;
  comment: string | null;
  at: Date;
}

function movesOf(story: ObjectiveStory, ownerId: string, managerId: string): Move[] {
  const moves: Move[] = [{ to: 'draft', by: ownerId, comment: null, at: story.created }];
  if (story.proposed) moves.push({ to: 'proposed', by: ownerId, comment: null, at: story.proposed });
  if (story.returned) moves.push({ to: 'returned', by: managerId, comment: story.returned.comment, at: story.returned.at });
  if (story.reproposed) moves.push({ to: 'proposed', by: ownerId, comment: null, at: story.reproposed });
  if (story.agreed) moves.push({ to: 'agreed', by: managerId, comment: story.agreed.comment, at: story.agreed.at });
  const first = story.checkIns?.[0];
  if (first) moves.push({ to: 'in-progress', by: first.byManager ? managerId : ownerId, comment: null, at: first.at });
  if (story.outcome) moves.push({ to: 'completed', by: managerId, comment: story.outcome.comment, at: story.outcome.at });
  if (story.withdrawn) moves.push({ to: 'withdrawn', by: ownerId, comment: story.withdrawn.comment, at: story.withdrawn.at });
  return moves;
}

export function storyRows(
  who: { ownerId: string; managerId: string; yearId: string; targetDate: string },
  content: ObjectiveContent,
  story: ObjectiveStory,
): StoryRows {
  const id = randomUUID();
  const moves = movesOf(story, who.ownerId, who.managerId);
  const status = moves.at(-1)!.to;
  const notes = CHECK_IN_NOTES[content.notes];
  const checkIns = (story.checkIns ?? []).map((checkIn, index) => ({
    objective_id: id,
    note: notes[Math.min(index, notes.length - 1)]!,
    progress: checkIn.progress,
    recorded_by: checkIn.byManager ? who.managerId : who.ownerId,
    at: checkIn.at,
  }));
  const lastCheckIn = checkIns.at(-1);
  const lastMoment = [moves.at(-1)!.at, ...(lastCheckIn ? [lastCheckIn.at] : [])].sort((a, b) => b.getTime() - a.getTime())[0]!;
  return {
    objective: {
      id,
      person_id: who.ownerId,
      year_id: who.yearId,
      kind: content.kind,
      title: content.title,
      success_measure: content.successMeasure,
      target_date: who.targetDate,
      status,
      category_keys: content.categoryKeys,
      statement_key: content.statementKey,
      statement_reason: content.statementReason,
      supported_person_id: content.supportedPersonId,
      supports_as_champion: content.supportsAsChampion,
      project_id: content.projectId,
      progress: lastCheckIn?.progress ?? 0,
      last_check_in_at: lastCheckIn?.at ?? null,
      return_comment: status === 'returned' ? story.returned!.comment : null,
      outcome: story.outcome?.outcome ?? null,
      outcome_comment: story.outcome?.comment ?? null,
      proposed_at: story.reproposed ?? story.proposed ?? null,
      agreed_at: story.agreed?.at ?? null,
      agreed_by: story.agreed ? who.managerId : null,
      completed_at: story.outcome?.at ?? null,
      created_at: story.created,
      updated_at: lastMoment,
    },
    events: moves.map((move, index) => ({
      objective_id: id,
      from_status: index === 0 ? null : moves[index - 1]!.to,
      to_status: move.to,
      actor_person_id: move.by,
      comment: move.comment,
      at: move.at,
    })),
    checkIns,
  };
}
