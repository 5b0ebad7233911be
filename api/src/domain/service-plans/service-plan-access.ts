import type { AppraisalYearRef } from '../../contracts/objectives.js';
import { hasRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import type { ServiceRecord } from './service-plan-repository.js';

/**
 * Who may do what with service plans. Plans are internal public documents: anyone signed
 * in reads them. Only the service's own head, or the policy team (who check every plan),
 * change one; and nobody changes the plan of a closed appraisal year.
 */

export function isHeadOf(actor: Actor, service: ServiceRecord): boolean {
  return service.head?.id === actor.personId;
}

export function mayEditPlan(actor: Actor, service: ServiceRecord): boolean {
  return isHeadOf(actor, service) || hasRole(actor, 'policy');
}

export function canEditPlan(actor: Actor, service: ServiceRecord, year: AppraisalYearRef | null): boolean {
  return year !== null && year.status !== 'closed' && mayEditPlan(actor, service);
}

export async function requireService(deps: Pick<ServicePlanDeps, 'plans'>, serviceId: string): Promise<ServiceRecord> {
  const service = await deps.plans.findService(serviceId);
  if (!service) throw AppError.notFound('That service');
  return service;
}

export function requirePlanEditor(actor: Actor, service: ServiceRecord): void {
  if (!mayEditPlan(actor, service)) {
    throw AppError.forbidden(`Only the head of ${service.name} or the policy team can change this service plan.`);
  }
}

/** The compliance view is for the policy team, who own it, and HR and administrators, who report on it. */
export function requireComplianceReader(actor: Actor): void {
  if (!hasRole(actor, 'policy') && !hasRole(actor, 'hr') && !hasRole(actor, 'admin')) {
    throw AppError.forbidden('Only the policy team, HR and administrators can see service plan compliance.');
  }
}

export function requireOpenForChanges(year: AppraisalYearRef): void {
  if (year.status === 'closed') {
    throw new AppError('conflict', `The ${year.label} appraisal year is closed, so its service plans can no longer change.`);
  }
}
