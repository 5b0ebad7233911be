import {
  MyObjectives,
  Objective,
  ObjectiveDetail,
  type CheckInBody,
  type CreateObjectiveBody,
  type ObjectiveFromReportBody,
  type ObjectiveInput,
  type OutcomeBody,
} from '../../../api/src/contracts/objectives';
import type { ApiClient } from './api-client';

/** Digital objectives: mine, one in detail, writing them and moving them through the workflow. */

const path = (id: string, action?: string) => `/api/objectives/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** The open appraisal year's objectives, or another year's (`yearId`). */
export function getMyObjectives(client: ApiClient, yearId: string | undefined, signal?: AbortSignal): Promise<MyObjectives> {
  return client.json(MyObjectives, '/api/objectives', { query: { yearId }, signal });
}

export function getObjective(client: ApiClient, id: string, signal?: AbortSignal): Promise<ObjectiveDetail> {
  return client.json(ObjectiveDetail, path(id), { signal });
}

/** The form as it stands (an empty box left out): the server names every problem. */
export function createObjective(client: ApiClient, body: Partial<CreateObjectiveBody>): Promise<Objective> {
  return client.json(Objective, '/api/objectives', { method: 'POST', body: { json: body } });
}

export function updateObjective(client: ApiClient, id: string, input: Partial<ObjectiveInput>): Promise<Objective> {
  return client.json(Objective, path(id), { method: 'PATCH', body: { json: input } });
}

/** A draft linked to a gap or fading skill in the person's latest skills report, with suggested wording. */
export function createObjectiveFromReport(client: ApiClient, body: ObjectiveFromReportBody): Promise<Objective> {
  return client.json(Objective, '/api/objectives/from-report', { method: 'POST', body: { json: body } });
}

export function proposeObjective(client: ApiClient, id: string): Promise<Objective> {
  return client.json(Objective, path(id, 'propose'), { method: 'POST', body: { json: {} } });
}

export function withdrawObjective(client: ApiClient, id: string, comment?: string): Promise<Objective> {
  return client.json(Objective, path(id, 'withdraw'), { method: 'POST', body: { json: comment ? { comment } : {} } });
}

export function agreeObjective(client: ApiClient, id: string, comment?: string): Promise<Objective> {
  return client.json(Objective, path(id, 'agree'), { method: 'POST', body: { json: comment ? { comment } : {} } });
}

export function returnObjective(client: ApiClient, id: string, comment: string): Promise<Objective> {
  return client.json(Objective, path(id, 'return'), { method: 'POST', body: { json: { comment } } });
}

/** The progress is sent as typed (possibly not a number): the server names the problem. */
export function recordCheckIn(client: ApiClient, id: string, body: { note: string; progress: CheckInBody['progress'] | undefined }): Promise<Objective> {
  return client.json(Objective, path(id, 'check-ins'), { method: 'POST', body: { json: body } });
}

export function recordOutcome(client: ApiClient, id: string, body: Partial<OutcomeBody>): Promise<Objective> {
  return client.json(Objective, path(id, 'outcome'), { method: 'POST', body: { json: body } });
}
