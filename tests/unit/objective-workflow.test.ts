import { describe, expect, it } from '@jest/globals';
import { OBJECTIVE_ACTIONS, OBJECTIVE_STATUSES, type ObjectiveAction, type ObjectiveStatus } from '../../api/src/contracts/objectives.js';
import { requireAllowed } from '../../api/src/domain/objectives/objective-access.js';
import { availableActions, nextStep, requireMove, type Relation } from '../../api/src/domain/objectives/objective-workflow.js';
import { AppError } from '../../api/src/domain/shared/app-error.js';

/**
 * The digital objective workflow, as a table of who may do what from which status.
 * The owner is the person; a manager is their management chain or HR; an HR officer's own
 * objective makes them its owner only.
 */

const OWNER: Relation = { owner: true, manager: false };
const MANAGER: Relation = { owner: false, manager: true };
const NOBODY: Relation = { owner: false, manager: false };

/** Every move the workflow allows: action, party, from, to. */
const ALLOWED: Array<[ObjectiveAction, 'owner' | 'manager', ObjectiveStatus, ObjectiveStatus]> = [
  ['edit', 'owner', 'draft', 'draft'],
  ['edit', 'owner', 'returned', 'returned'],
  ['propose', 'owner', 'draft', 'proposed'],
  ['propose', 'owner', 'returned', 'proposed'],
  ['withdraw', 'owner', 'draft', 'withdrawn'],
  ['withdraw', 'owner', 'proposed', 'withdrawn'],
  ['withdraw', 'owner', 'returned', 'withdrawn'],
  ['agree', 'manager', 'proposed', 'agreed'],
  ['return', 'manager', 'proposed', 'returned'],
  ['check-in', 'owner', 'agreed', 'in-progress'],
  ['check-in', 'owner', 'in-progress', 'in-progress'],
  ['check-in', 'manager', 'agreed', 'in-progress'],
  ['check-in', 'manager', 'in-progress', 'in-progress'],
  ['record-outcome', 'manager', 'agreed', 'completed'],
  ['record-outcome', 'manager', 'in-progress', 'completed'],
];

const relationOf = (party: 'owner' | 'manager'): Relation => (party === 'owner' ? OWNER : MANAGER);

function refusalOf(move: () => unknown): { status: number; message: string } {
  try {
    move();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('the move was allowed');
}

describe('requireMove', () => {
  it.each(ALLOWED)('lets the %s action by the %s go from %s to %s', (action, party, from, to) => {
    expect(requireMove(action, from, relationOf(party))).toBe(to);
  });

  it('allows nothing else: every other (action, party, status) is refused', () => {
    const allowed = new Set(ALLOWED.map(([action, party, from]) => `${action}|${party}|${from}`));
    for (const action of OBJECTIVE_ACTIONS) {
      for (const party of ['owner', 'manager'] as const) {
        for (const status of OBJECTIVE_STATUSES) {
          if (allowed.has(`${action}|${party}|${status}`)) continue;
          expect(() => requireMove(action, status, relationOf(party))).toThrow(AppError);
        }
      }
    }
  });

  describe('refuses with 403 when the one asking may never take the action', () => {
    it.each([
      ['agree', 'proposed', OWNER, 'Only the person’s line management chain or HR can agree an objective, and never their own.'],
      ['return', 'proposed', OWNER, 'Only the person’s line management chain or HR can return an objective, and never their own.'],
      ['record-outcome', 'in-progress', OWNER, 'Only the person’s line management chain or HR can record an outcome, and never their own.'],
      ['edit', 'draft', MANAGER, 'Only the person whose objective it is can change it.'],
      ['propose', 'draft', MANAGER, 'Only the person whose objective it is can propose it.'],
      ['withdraw', 'proposed', MANAGER, 'Only the person whose objective it is can withdraw it.'],
      ['check-in', 'agreed', NOBODY, 'Only the person, their line management chain or HR can record a check-in.'],
      ['agree', 'proposed', NOBODY, 'Only the person’s line management chain or HR can agree an objective, and never their own.'],
    ] as const)('%s from %s', (action, status, relation, message) => {
      expect(refusalOf(() => requireMove(action, status, relation))).toEqual({ status: 403, message });
    });

    it('says who may before it says when: the owner agreeing an agreed objective gets 403, not 409', () => {
      expect(refusalOf(() => requireMove('agree', 'agreed', OWNER)).status).toBe(403);
    });
  });

  describe('refuses with 409 and the reason when the status does not allow it now', () => {
    it.each([
      ['agree', 'draft', MANAGER, 'Only an objective waiting for agreement can be agreed: this one is “Draft”.'],
      ['agree', 'agreed', MANAGER, 'Only an objective waiting for agreement can be agreed: this one is “Agreed”.'],
      ['return', 'returned', MANAGER, 'Only an objective waiting for agreement can be returned: this one is “Returned for changes”.'],
      ['propose', 'proposed', OWNER, 'Only a draft or a returned objective can be proposed: this one is “Waiting for agreement”.'],
      ['propose', 'withdrawn', OWNER, 'Only a draft or a returned objective can be proposed: this one is “Withdrawn”.'],
      ['edit', 'agreed', OWNER, 'Only a draft or a returned objective can be changed: this one is “Agreed”.'],
      ['withdraw', 'agreed', OWNER, 'Only an objective that is not yet agreed can be withdrawn: this one is “Agreed”.'],
      ['withdraw', 'withdrawn', OWNER, 'Only an objective that is not yet agreed can be withdrawn: this one is “Withdrawn”.'],
      ['check-in', 'proposed', OWNER, 'Check-ins are for agreed objectives: this one is “Waiting for agreement”.'],
      ['check-in', 'completed', MANAGER, 'Check-ins are for agreed objectives: this one is “Outcome recorded”.'],
      ['record-outcome', 'completed', MANAGER, 'An outcome can be recorded only for an agreed objective that has no outcome yet: this one is “Outcome recorded”.'],
      ['record-outcome', 'proposed', MANAGER, 'An outcome can be recorded only for an agreed objective that has no outcome yet: this one is “Waiting for agreement”.'],
    ] as const)('%s from %s', (action, status, relation, message) => {
      expect(refusalOf(() => requireMove(action, status, relation))).toEqual({ status: 409, message });
    });
  });
});

describe('requireAllowed (the workflow plus the closed-year rule)', () => {
  const year = (status: 'open' | 'closed') => ({ id: 'y', label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30', status });

  it('refuses everything but an outcome in a closed year, with the reason', () => {
    expect(refusalOf(() => requireAllowed('check-in', { status: 'agreed', year: year('closed') }, OWNER))).toEqual({
      status: 409,
      message: 'The appraisal year 2026/27 is closed: its objectives can no longer be changed, only have an outcome recorded.',
    });
    expect(refusalOf(() => requireAllowed('propose', { status: 'draft', year: year('closed') }, OWNER)).status).toBe(409);
    expect(requireAllowed('record-outcome', { status: 'in-progress', year: year('closed') }, MANAGER)).toBe('completed');
  });

  it('still answers 403 first to someone who may never take the action, closed year or not', () => {
    expect(refusalOf(() => requireAllowed('agree', { status: 'proposed', year: year('closed') }, OWNER)).status).toBe(403);
  });

  it('follows the workflow in an open year', () => {
    expect(requireAllowed('agree', { status: 'proposed', year: year('open') }, MANAGER)).toBe('agreed');
  });
});

describe('availableActions', () => {
  it.each([
    ['draft', OWNER, ['edit', 'propose', 'withdraw']],
    ['draft', MANAGER, []],
    ['proposed', OWNER, ['withdraw']],
    ['proposed', MANAGER, ['agree', 'return']],
    ['returned', OWNER, ['edit', 'propose', 'withdraw']],
    ['returned', MANAGER, []],
    ['agreed', OWNER, ['check-in']],
    ['agreed', MANAGER, ['check-in', 'record-outcome']],
    ['in-progress', OWNER, ['check-in']],
    ['in-progress', MANAGER, ['check-in', 'record-outcome']],
    ['completed', OWNER, []],
    ['completed', MANAGER, []],
    ['withdrawn', OWNER, []],
    ['withdrawn', MANAGER, []],
    ['proposed', NOBODY, []],
  ] as const)('offers %s objectives to %o: %j', (status, relation, actions) => {
    expect(availableActions(status, relation)).toEqual(actions);
  });

});

describe('nextStep', () => {
  it.each([
    ['draft', 'owner', 'Finish it and propose it to your manager.'],
    ['draft', 'manager', 'Still a draft: nothing for you to do yet.'],
    ['proposed', 'owner', 'Waiting for your manager to agree it.'],
    ['proposed', 'manager', 'Agree it, or return it with a comment.'],
    ['returned', 'owner', 'Read your manager’s comment, change it and propose it again.'],
    ['returned', 'manager', 'Returned: waiting for the person to change it.'],
    ['agreed', 'owner', 'Record a check-in as you make progress.'],
    ['in-progress', 'manager', 'Check in during the year, and record the outcome at the end.'],
    ['completed', 'owner', 'Done: the outcome is recorded.'],
    ['withdrawn', 'manager', 'Withdrawn: nothing more to do.'],
  ] as const)('for a %s objective, tells the %s: %s', (status, perspective, text) => {
    expect(nextStep(status, perspective)).toBe(text);
  });
});
