import type { PersonRef } from '../../contracts/champions.js';
import type { Objective } from '../../contracts/objectives.js';

/** What a card about an objective shows: the same for whoever receives it. */
export type ObjectiveNotice = Pick<
  Objective,
  'id' | 'person' | 'year' | 'kind' | 'title' | 'successMeasure' | 'targetDate' | 'status' | 'returnComment' | 'outcome' | 'outcomeComment'
>;

/**
 * Tells people about moves in the workflow (the bot does it with Adaptive Cards). Use cases
 * call it after the move is committed; a failure to tell never undoes the move.
 */
export interface ObjectiveNotifier {
  /** To the person's line manager: a card with Agree and Return. */
  proposed(objective: ObjectiveNotice, managerId: string): Promise<void>;
  /** To the person. */
  agreed(objective: ObjectiveNotice, by: PersonRef): Promise<void>;
  /** To the person, with the manager's comment. */
  returned(objective: ObjectiveNotice, by: PersonRef): Promise<void>;
  /** To the person. */
  outcomeRecorded(objective: ObjectiveNotice, by: PersonRef): Promise<void>;
}
