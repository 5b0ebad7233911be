import type { PersonRef } from '../../contracts/champions.js';
import type {
  AppraisalYear,
  ObjectiveKind,
  ObjectiveOutcome,
  ObjectiveStatus,
} from '../../contracts/objectives.js';

/** Where objectives, their check-ins and their history are kept (api/src/db/objective-repository.ts). */

/** An objective with the names and year it refers to, read in one query. */
export interface ObjectiveRecord {
  id: string;
  person: PersonRef;
  /** The person's direct line manager now, from the directory: who a proposal goes to. */
  lineManagerId: string | null;
  year: AppraisalYear;
  kind: ObjectiveKind;
  title: string;
  successMeasure: string;
  targetDate: string | null;
  status: ObjectiveStatus;
  categoryKeys: string[];
  statementKey: string | null;
  statementReason: 'gap' | 'decay' | null;
  supportedPerson: PersonRef | null;
  supportsAsChampion: boolean;
  project: { id: string; name: string } | null;
  progress: number;
  lastCheckInAt: Date | null;
  returnComment: string | null;
  outcome: ObjectiveOutcome | null;
  outcomeComment: string | null;
  proposedAt: Date | null;
  agreedAt: Date | null;
  agreedBy: PersonRef | null;
  completedAt: Date | null;
  updatedAt: Date;
}

/** What the person writes, with its links for the kind (the others empty). */
export interface ObjectiveFields {
  kind: ObjectiveKind;
  title: string;
  successMeasure: string;
  targetDate: string;
  categoryKeys: string[];
  supportedPersonId: string | null;
  supportsAsChampion: boolean;
  projectId: string | null;
}

export interface NewObjective extends ObjectiveFields {
  personId: string;
  yearId: string;
  statementKey: string | null;
  statementReason: 'gap' | 'decay' | null;
  at: Date;
}

/** The columns a move may set besides the status. */
export interface MoveChanges {
  returnComment?: string | null;
  outcome?: ObjectiveOutcome;
  outcomeComment?: string;
  proposedAt?: Date;
  agreedAt?: Date;
  agreedBy?: string;
  completedAt?: Date;
  progress?: number;
  lastCheckInAt?: Date;
}

/**
 * One move through the workflow. It happens only if the objective is still in `from` (so of
 * two managers agreeing at once, exactly one does); the event, and a check-in's note, are
 * written in the same transaction.
 */
export interface ObjectiveMove {
  objectiveId: string;
  from: ObjectiveStatus;
  to: ObjectiveStatus;
  actorId: string;
  comment: string | null;
  at: Date;
  changes: MoveChanges;
  checkIn?: { note: string; progress: number };
}

export interface CheckInRecord {
  id: string;
  note: string;
  progress: number;
  by: PersonRef | null;
  at: Date;
}

export interface EventRecord {
  fromStatus: ObjectiveStatus | null;
  toStatus: ObjectiveStatus;
  by: PersonRef | null;
  comment: string | null;
  at: Date;
}

export interface ObjectiveRepository {
  find(objectiveId: string): Promise<ObjectiveRecord | undefined>;
  /** The person's objectives in the year, oldest first. */
  listForPerson(personId: string, yearId: string): Promise<ObjectiveRecord[]>;
  /** Check-ins and moves, oldest first. */
  historyOf(objectiveId: string): Promise<{ checkIns: CheckInRecord[]; events: EventRecord[] }>;
  /** Inserts the draft and its first event in one transaction; returns its id. */
  create(objective: NewObjective): Promise<string>;
  /** Changes what the person wrote, only while the objective is still in `from`; false when it no longer is. */
  edit(objectiveId: string, from: ObjectiveStatus, fields: ObjectiveFields, at: Date): Promise<boolean>;
  /** False, with nothing written, when the objective is no longer in `move.from`. */
  move(move: ObjectiveMove): Promise<boolean>;
  projectExists(projectId: string): Promise<boolean>;
}
