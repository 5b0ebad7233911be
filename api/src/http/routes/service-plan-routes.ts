import { z } from 'zod';
import {
  ComplianceReminderResult,
  ServicePlan,
  ServicePlanCompliance,
  ServicePlanItemParams,
  ServicePlanList,
  ServicePlanParams,
  ServicePlanYearQuery,
} from '../../contracts/service-plans.js';
import { addServicePlanItem } from '../../domain/service-plans/add-service-plan-item.js';
import { getServicePlan } from '../../domain/service-plans/get-service-plan.js';
import { getServicePlanCompliance } from '../../domain/service-plans/get-service-plan-compliance.js';
import { listServicePlans } from '../../domain/service-plans/list-service-plans.js';
import { removeServicePlanItem } from '../../domain/service-plans/remove-service-plan-item.js';
import { saveServicePlanSummary } from '../../domain/service-plans/save-service-plan-summary.js';
import { sendComplianceReminders } from '../../domain/service-plans/send-compliance-reminders.js';
import type { ServicePlanDeps } from '../../domain/service-plans/service-plan-deps.js';
import { updateServicePlanItem } from '../../domain/service-plans/update-service-plan-item.js';
import { defineRoute } from '../route.js';

const TAG = 'Service plans';

/** Checked by the use case, so that shape and links (owner, project, year) come back together as one 422. */
function checkedBody(schemaId: string, description: string) {
  return z.unknown().meta({ description, allOf: [{ $ref: `#/components/schemas/${schemaId}` }] });
}

const WHO_EDITS = 'The head of the service or the policy team, while the appraisal year is not closed.';

export function servicePlanRoutes(deps: ServicePlanDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/service-plans',
      tag: TAG,
      summary: 'Every service, and whether its plan has a digital objective',
      description: 'With the head of service, how many objectives and projects the plan has, and when it last changed. The services I head come first.',
      access: 'signed-in',
      query: ServicePlanYearQuery,
      response: ServicePlanList,
      problems: [404],
      handle: ({ actor, query }) => listServicePlans(deps, actor, query),
    }),
    // Before /:serviceId, so that "compliance" is never read as a service's id.
    defineRoute({
      method: 'get',
      path: '/api/service-plans/compliance',
      tag: TAG,
      summary: 'Which services have a digital objective in their plan',
      description: 'Every service with and without one, the totals, and whether each head of service was reminded this week. The policy team, HR and administrators.',
      access: 'signed-in',
      query: ServicePlanYearQuery,
      response: ServicePlanCompliance,
      problems: [403, 404],
      handle: ({ actor, query }) => getServicePlanCompliance(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/service-plans/compliance/reminders',
      tag: TAG,
      summary: 'Remind the heads of services whose plan has no digital objective',
      description:
        'Sends each one a card in Teams, at most once per service per ISO week. Says how many were sent, how many were already reminded this week, ' +
        'and which could not be reached (no head of service, or no chat with the bot). The policy team only.',
      access: 'signed-in',
      body: checkedBody('SendComplianceRemindersBody', 'A SendComplianceRemindersBody'),
      response: ComplianceReminderResult,
      problems: [403, 409, 422],
      handle: ({ actor, body }) => sendComplianceReminders(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/service-plans/:serviceId',
      tag: TAG,
      summary: 'A service’s plan for an appraisal year',
      description: 'Anyone signed in may read it. canEdit says whether I may change it.',
      access: 'signed-in',
      params: ServicePlanParams,
      query: ServicePlanYearQuery,
      response: ServicePlan,
      problems: [404],
      handle: ({ actor, params, query }) => getServicePlan(deps, actor, params.serviceId, query),
    }),
    defineRoute({
      method: 'put',
      path: '/api/service-plans/:serviceId',
      tag: TAG,
      summary: 'Write a service plan’s summary',
      description: `Creates the plan if the service has none for the year. ${WHO_EDITS}`,
      access: 'signed-in',
      params: ServicePlanParams,
      body: checkedBody('ServicePlanSummaryBody', 'A ServicePlanSummaryBody; yearId must be an appraisal year'),
      response: ServicePlan,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => saveServicePlanSummary(deps, actor, params.serviceId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/service-plans/:serviceId/items',
      tag: TAG,
      summary: 'Add a digital objective or project to a service plan',
      description: `The owner must be an active person and the project one in the register. Creates the plan if needed. ${WHO_EDITS}`,
      access: 'signed-in',
      params: ServicePlanParams,
      body: checkedBody('CreateServicePlanItemBody', 'A CreateServicePlanItemBody'),
      response: ServicePlan,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => addServicePlanItem(deps, actor, params.serviceId, body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/service-plans/:serviceId/items/:itemId',
      tag: TAG,
      summary: 'Change or move an item of a service plan',
      description: `Only what is sent changes; position moves the item. ${WHO_EDITS}`,
      access: 'signed-in',
      params: ServicePlanItemParams,
      body: checkedBody('UpdateServicePlanItemBody', 'An UpdateServicePlanItemBody'),
      response: ServicePlan,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => updateServicePlanItem(deps, actor, params.serviceId, params.itemId, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/service-plans/:serviceId/items/:itemId',
      tag: TAG,
      summary: 'Remove an item from a service plan',
      description: `Answers with the plan as it now is. ${WHO_EDITS}`,
      access: 'signed-in',
      params: ServicePlanItemParams,
      response: ServicePlan,
      problems: [403, 404, 409],
      handle: ({ actor, params }) => removeServicePlanItem(deps, actor, params.serviceId, params.itemId),
    }),
  ];
}
