import {
  AppraisalYear,
  AppraisalYearList,
  ObjectiveSettings,
  type CreateAppraisalYearBody,
  type UpdateAppraisalYearBody,
} from '../../../api/src/contracts/objectives';
import type { ApiClient } from './api-client';

/** The council's appraisal calendar (HR): its years, and the month a year starts in. */

export function listAppraisalYears(client: ApiClient, signal?: AbortSignal): Promise<AppraisalYearList> {
  return client.json(AppraisalYearList, '/api/appraisal-years', { signal });
}

export function createAppraisalYear(client: ApiClient, body: CreateAppraisalYearBody): Promise<AppraisalYear> {
  return client.json(AppraisalYear, '/api/appraisal-years', { method: 'POST', body: { json: body } });
}

export function updateAppraisalYear(client: ApiClient, yearId: string, body: UpdateAppraisalYearBody): Promise<AppraisalYear> {
  return client.json(AppraisalYear, `/api/appraisal-years/${encodeURIComponent(yearId)}`, { method: 'PATCH', body: { json: body } });
}

export function getObjectiveSettings(client: ApiClient, signal?: AbortSignal): Promise<ObjectiveSettings> {
  return client.json(ObjectiveSettings, '/api/objectives/settings', { signal });
}

export function saveObjectiveSettings(client: ApiClient, settings: ObjectiveSettings): Promise<ObjectiveSettings> {
  return client.json(ObjectiveSettings, '/api/objectives/settings', { method: 'PUT', body: { json: settings } });
}
