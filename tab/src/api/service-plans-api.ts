import {
  ComplianceReminderResult,
  ServicePlan,
  ServicePlanCompliance,
  ServicePlanList,
  type CreateServicePlanItemBody,
  type UpdateServicePlanItemBody,
} from '../../../api/src/contracts/service-plans';
import type { ApiClient } from './api-client';

/** Service plans: every service's digital objectives and projects, and the policy team's compliance view. */

const path = (serviceId: string, rest = '') => `/api/service-plans/${encodeURIComponent(serviceId)}${rest}`;
const itemPath = (serviceId: string, itemId: string) => path(serviceId, `/items/${encodeURIComponent(itemId)}`);

export function listServicePlans(client: ApiClient, yearId: string | undefined, signal?: AbortSignal): Promise<ServicePlanList> {
  return client.json(ServicePlanList, '/api/service-plans', { query: { yearId }, signal });
}

export function getServicePlan(client: ApiClient, serviceId: string, yearId: string | undefined, signal?: AbortSignal): Promise<ServicePlan> {
  return client.json(ServicePlan, path(serviceId), { query: { yearId }, signal });
}

export function saveServicePlanSummary(client: ApiClient, serviceId: string, body: { summary: string; yearId?: string | undefined }): Promise<ServicePlan> {
  return client.json(ServicePlan, path(serviceId), { method: 'PUT', body: { json: body } });
}

/** An item as the form has it (an empty choice left out): the server names every problem. */
export function addServicePlanItem(client: ApiClient, serviceId: string, body: Partial<CreateServicePlanItemBody>): Promise<ServicePlan> {
  return client.json(ServicePlan, path(serviceId, '/items'), { method: 'POST', body: { json: body } });
}

export function updateServicePlanItem(client: ApiClient, serviceId: string, itemId: string, body: UpdateServicePlanItemBody): Promise<ServicePlan> {
  return client.json(ServicePlan, itemPath(serviceId, itemId), { method: 'PATCH', body: { json: body } });
}

export function removeServicePlanItem(client: ApiClient, serviceId: string, itemId: string): Promise<ServicePlan> {
  return client.json(ServicePlan, itemPath(serviceId, itemId), { method: 'DELETE' });
}

export function getServicePlanCompliance(client: ApiClient, yearId: string | undefined, signal?: AbortSignal): Promise<ServicePlanCompliance> {
  return client.json(ServicePlanCompliance, '/api/service-plans/compliance', { query: { yearId }, signal });
}

export function sendComplianceReminders(client: ApiClient, yearId: string | undefined): Promise<ComplianceReminderResult> {
  return client.json(ComplianceReminderResult, '/api/service-plans/compliance/reminders', { method: 'POST', body: { json: yearId ? { yearId } : {} } });
}
