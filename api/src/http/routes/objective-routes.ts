import { z } from 'zod';
import {
  AgreeObjectiveBody,
  CheckInBody,
  MyObjectives,
  MyObjectivesQuery,
  Objective,
  ObjectiveDetail,
  ObjectiveFromReportBody,
  ObjectiveIdParams,
  ObjectiveSettings,
  OutcomeBody,
  ReturnObjectiveBody,
  WithdrawObjectiveBody,
} from '../../contracts/objectives.js';
import { createObjective } from '../../domain/objectives/create-objective.js';
import { createObjectiveFromReport } from '../../domain/objectives/create-objective-from-report.js';
import { getObjective } from '../../domain/objectives/get-objective.js';
import { listMyObjectives } from '../../domain/objectives/list-my-objectives.js';
import type { ObjectiveDeps } from '../../domain/objectives/objective-deps.js';
import type { Actor } from '../../domain/shared/actor.js';
import { getObjectiveSettings, updateObjectiveSettings } from '../../domain/objectives/objective-settings.js';
import { proposeObjective } from '../../domain/objectives/propose-objective.js';
import { recordCheckIn } from '../../domain/objectives/record-check-in.js';
import { recordOutcome } from '../../domain/objectives/record-outcome.js';
import { agreeObjective, returnObjective } from '../../domain/objectives/review-objective.js';
import { updateObjective } from '../../domain/objectives/update-objective.js';
import { withdrawObjective } from '../../domain/objectives/withdraw-objective.js';
import { defineRoute } from '../route.js';
import { settingsRoutes } from './settings-routes.js';

const TAG = 'Digital objectives';

/** Checked by the use case, so that shape, dates and links come back together as one 422. */
const CreateBody = z.unknown().meta({
  description: 'A CreateObjectiveBody: the link the kind needs (skills, a colleague or the champion role, a register project), the others empty',
  allOf: [{ $ref: '#/components/schemas/CreateObjectiveBody' }],
});
const EditBody = z.unknown().meta({
  description: 'Any fields of an ObjectiveInput; those left out keep their value, and the result is checked as a whole',
  allOf: [{ $ref: '#/components/schemas/ObjectiveInput' }],
});

const WHO_SEES = 'The person, their management chain (direct or indirect) and HR; anyone else gets 404.';

interface MoveRouteOptions<B> {
  verb: string;
  summary: string;
  description: string;
  body?: z.ZodType<B>;
  run(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: B): Promise<Objective>;
}

/** POST /api/objectives/:objectiveId/<verb>: one move through the workflow. */
function moveRoute<B>(deps: ObjectiveDeps, options: MoveRouteOptions<B>) {
  return defineRoute({
    method: 'post',
    path: `/api/objectives/:objectiveId/${options.verb}`,
    tag: TAG,
    summary: options.summary,
    description: `${options.description} ${WHO_SEES} A move the workflow does not allow now is refused (409) with the reason.`,
    access: 'signed-in',
    params: ObjectiveIdParams,
    ...(options.body ? { body: options.body } : {}),
    response: Objective,
    problems: [403, 404, 409],
    handle: ({ actor, params, body }) => options.run(deps, actor, params.objectiveId, body as B),
  });
}

export function objectiveRoutes(deps: ObjectiveDeps) {
  return [
    // Before /api/objectives/:objectiveId, so that 'settings' is never read as an id.
    ...settingsRoutes({
      path: '/api/objectives/settings',
      tag: TAG,
      response: ObjectiveSettings,
      body: { id: 'ObjectiveSettingsBody', description: 'An ObjectiveSettings: yearStartMonth, checkInEveryDays, agreeByReminderDays, waitingReminderDays' },
      who: 'Anyone signed in may read them; HR and administrators change them',
      summaries: { get: 'The appraisal calendar and reminder settings', put: 'Change the appraisal calendar and reminder settings' },
      get: () => getObjectiveSettings(deps),
      update: (actor, body) => updateObjectiveSettings(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/objectives',
      tag: TAG,
      summary: 'My digital objectives in one appraisal year',
      description: 'The open year unless yearId names another, with every year to choose from.',
      access: 'signed-in',
      query: MyObjectivesQuery,
      response: MyObjectives,
      problems: [404],
      handle: ({ actor, query }) => listMyObjectives(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/objectives',
      tag: TAG,
      summary: 'Write a draft digital objective of my own',
      description:
        'In the open year unless yearId names another (409 when none is open, or the year is closed). The target date must be within the year. ' +
        'A skill objective names categories of the current framework; a support objective a colleague or being a Digital Champion (not both); a project objective a register project.',
      access: 'signed-in',
      body: CreateBody,
      response: Objective,
      problems: [409, 422],
      handle: ({ actor, body }) => createObjective(deps, actor, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/objectives/from-report',
      tag: TAG,
      summary: 'Make a gap or decay in my latest skills audit my objective',
      description:
        'Creates a draft skill objective in the open year, linked to the statement’s skill, with suggested wording and a target date six months ahead (or the year end, if sooner). ' +
        'The statement must be a gap (or decay, as given) in my latest submitted audit (422 naming body.statementKey).',
      access: 'signed-in',
      body: ObjectiveFromReportBody,
      response: Objective,
      problems: [409, 422],
      handle: ({ actor, body }) => createObjectiveFromReport(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/objectives/:objectiveId',
      tag: TAG,
      summary: 'One objective, with its check-ins and history',
      description: `${WHO_SEES} Reads by anyone but the person are written to the audit log.`,
      access: 'signed-in',
      params: ObjectiveIdParams,
      response: ObjectiveDetail,
      problems: [404],
      handle: ({ actor, params }) => getObjective(deps, actor, params.objectiveId),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/objectives/:objectiveId',
      tag: TAG,
      summary: 'Change a draft or returned objective',
      description: `The person only (403 for their managers). ${WHO_SEES} Refused (409) once proposed or agreed, or when the year is closed.`,
      access: 'signed-in',
      params: ObjectiveIdParams,
      body: EditBody,
      response: Objective,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => updateObjective(deps, actor, params.objectiveId, body),
    }),
    moveRoute(deps, {
      verb: 'propose',
      summary: 'Propose it to my manager',
      description: 'The person only, from draft or returned. Their line manager is told through the bot.',
      run: proposeObjective,
    }),
    moveRoute(deps, {
      verb: 'withdraw',
      summary: 'Withdraw an objective that is not yet agreed',
      description: 'The person only, from draft, proposed or returned.',
      body: WithdrawObjectiveBody,
      run: withdrawObjective,
    }),
    moveRoute(deps, {
      verb: 'agree',
      summary: 'Agree a proposed objective',
      description: 'The person’s management chain or HR, never the person. Of two agreeing at once, one does and the other gets 409. The person is told.',
      body: AgreeObjectiveBody,
      run: agreeObjective,
    }),
    moveRoute(deps, {
      verb: 'return',
      summary: 'Return a proposed objective with what to change',
      description: 'The person’s management chain or HR, never the person. The person is told, with the comment.',
      body: ReturnObjectiveBody,
      run: returnObjective,
    }),
    moveRoute(deps, {
      verb: 'check-ins',
      summary: 'Record a check-in: a note and progress',
      description: 'The person, their management chain or HR, on an agreed or in-progress objective; the first puts it in progress.',
      body: CheckInBody,
      run: recordCheckIn,
    }),
    moveRoute(deps, {
      verb: 'outcome',
      summary: 'Record the outcome at year end',
      description: 'The person’s management chain or HR, never the person, with a comment. Allowed after the year has closed.',
      body: OutcomeBody,
      run: recordOutcome,
    }),
  ];
}
