import {
  OBJECTIVE_STATUS_LABELS,
  type ObjectiveAction,
  type ObjectiveStatus,
} from '../../contracts/objectives.js';
import { AppError } from '../shared/app-error.js';

/**
 * The digital objective workflow as one table: each action, who may take it, the statuses
 * it may start from and where it leads. Use cases ask here before they write; nothing else
 * decides whether a move makes sense.
 *
 *   draft → proposed → agreed → in progress (check-ins) → completed (outcome)
 *             ↘ returned ↗ (edited and proposed again)
 *   draft, proposed or returned → withdrawn
 */

/** How the one asking stands to the objective. A manager is the person's management chain or HR, never the person. */
export type Party = 'owner' | 'manager';

export interface Relation {
  owner: boolean;
  manager: boolean;
}

interface ActionRule {
  by: readonly Party[];
  from: readonly ObjectiveStatus[];
  /** Undefined: the status stays as it is (editing). */
  to?: ObjectiveStatus;
  /** Why it cannot happen now, said before the objective's status. */
  refusal: string;
}

export const OBJECTIVE_WORKFLOW: Readonly<Record<ObjectiveAction, ActionRule>> = {
  edit: { by: ['owner'], from: ['draft', 'returned'], refusal: 'Only a draft or a returned objective can be changed' },
  propose: { by: ['owner'], from: ['draft', 'returned'], to: 'proposed', refusal: 'Only a draft or a returned objective can be proposed' },
  withdraw: {
    by: ['owner'],
    from: ['draft', 'proposed', 'returned'],
    to: 'withdrawn',
    refusal: 'Only an objective that is not yet agreed can be withdrawn',
  },
  agree: { by: ['manager'], from: ['proposed'], to: 'agreed', refusal: 'Only an objective waiting for agreement can be agreed' },
  return: { by: ['manager'], from: ['proposed'], to: 'returned', refusal: 'Only an objective waiting for agreement can be returned' },
  'check-in': {
    by: ['owner', 'manager'],
    from: ['agreed', 'in-progress'],
    to: 'in-progress',
    refusal: 'Check-ins are for agreed objectives',
  },
  'record-outcome': {
    by: ['manager'],
    from: ['agreed', 'in-progress'],
    to: 'completed',
    refusal: 'An outcome can be recorded only for an agreed objective that has no outcome yet',
  },
};

const WHO_MAY: Record<ObjectiveAction, string> = {
  edit: 'Only the person whose objective it is can change it.',
  propose: 'Only the person whose objective it is can propose it.',
  withdraw: 'Only the person whose objective it is can withdraw it.',
  agree: 'Only the person’s line management chain or HR can agree an objective, and never their own.',
  return: 'Only the person’s line management chain or HR can return an objective, and never their own.',
  'check-in': 'Only the person, their line management chain or HR can record a check-in.',
  'record-outcome': 'Only the person’s line management chain or HR can record an outcome, and never their own.',
};

function partiesOf(relation: Relation): Party[] {
  return [...(relation.owner ? (['owner'] as const) : []), ...(relation.manager ? (['manager'] as const) : [])];
}

export function mayTake(action: ObjectiveAction, relation: Relation): boolean {
  return partiesOf(relation).some((party) => OBJECTIVE_WORKFLOW[action].by.includes(party));
}

export function canTake(action: ObjectiveAction, status: ObjectiveStatus, relation: Relation): boolean {
  return mayTake(action, relation) && OBJECTIVE_WORKFLOW[action].from.includes(status);
}

/** What the one asking may do now, in the order a page shows them. */
export function availableActions(status: ObjectiveStatus, relation: Relation): ObjectiveAction[] {
  return (Object.keys(OBJECTIVE_WORKFLOW) as ObjectiveAction[]).filter((action) => canTake(action, status, relation));
}

/**
 * Throws 403 when the one asking may never take this action on this objective, and 409 with
 * the reason when the objective's status does not allow it now. Returns the status it leads to.
 */
export function requireMove(action: ObjectiveAction, status: ObjectiveStatus, relation: Relation): ObjectiveStatus {
  if (!mayTake(action, relation)) throw AppError.forbidden(WHO_MAY[action]);
  const rule = OBJECTIVE_WORKFLOW[action];
  if (!rule.from.includes(status)) {
    throw new AppError('conflict', `${rule.refusal}: this one is “${OBJECTIVE_STATUS_LABELS[status]}”.`);
  }
  return rule.to ?? status;
}

/** The next step in plain English, for the person or for their manager. */
export function nextStep(status: ObjectiveStatus, perspective: Party): string {
  const mine = perspective === 'owner';
  switch (status) {
    case 'draft':
      return mine ? 'Finish it and propose it to your manager.' : 'Still a draft: nothing for you to do yet.';
    case 'proposed':
      return mine ? 'Waiting for your manager to agree it.' : 'Agree it, or return it with a comment.';
    case 'returned':
      return mine ? 'Read your manager’s comment, change it and propose it again.' : 'Returned: waiting for the person to change it.';
    case 'agreed':
    case 'in-progress':
      return mine ? 'Record a check-in as you make progress.' : 'Check in during the year, and record the outcome at the end.';
    case 'completed':
      return 'Done: the outcome is recorded.';
    case 'withdrawn':
      return 'Withdrawn: nothing more to do.';
  }
}
