import type { PersonRef } from '../../contracts/champions.js';
import type { PlanItemKind, PlanItemStatus } from '../../contracts/service-plans.js';

/** Where service plans are kept (api/src/db/service-plan-repository.ts). */

export interface ServiceRecord {
  id: string;
  name: string;
  /** The head of service in the directory, if the service has one. */
  head: PersonRef | null;
}

export interface PlanItemRecord {
  id: string;
  kind: PlanItemKind;
  title: string;
  owner: PersonRef | null;
  measure: string;
  status: PlanItemStatus;
  project: { id: string; name: string } | null;
  position: number;
  updatedAt: Date;
}

export interface PlanRecord {
  id: string;
  summary: string;
  updatedAt: Date;
  updatedBy: PersonRef | null;
  /** In plan order. */
  items: PlanItemRecord[];
}

/** One service's line in the list of plans and in the compliance view. */
export interface PlanOverview {
  service: ServiceRecord;
  itemCount: number;
  /** Null when the service has no plan for the year yet. */
  updatedAt: Date | null;
  /** Whether a reminder of the given topic and period has been claimed for the service. */
  reminded: boolean;
}

/** Where an item lives: which plan, service and year it belongs to. */
export interface PlanItemPlace {
  itemId: string;
  planId: string;
  serviceId: string;
  yearId: string;
}

export interface PlanItemFields {
  kind: PlanItemKind;
  title: string;
  ownerPersonId: string;
  measure: string;
  status: PlanItemStatus;
  projectId: string | null;
}

/** Who wrote, and when: every write stamps the plan with it. */
export interface WriteStamp {
  by: string;
  at: Date;
}

export interface ServicePlanRepository {
  findService(serviceId: string): Promise<ServiceRecord | undefined>;
  /** Every service, by name, with its plan for the year (if any) and, when asked, whether it was reminded in the period. */
  overview(yearId: string | null, reminder?: { topic: string; period: string }): Promise<PlanOverview[]>;
  findPlan(serviceId: string, yearId: string): Promise<PlanRecord | undefined>;
  findItem(itemId: string): Promise<PlanItemPlace | undefined>;
  isActivePerson(personId: string): Promise<boolean>;
  projectExists(projectId: string): Promise<boolean>;
  /** Creates the plan if the service has none for the year, then sets its summary. */
  saveSummary(serviceId: string, yearId: string, summary: string, stamp: WriteStamp): Promise<void>;
  /**
   * In one transaction: creates the plan if missing, puts the item at `position` (the end
   * when undefined or past it) and moves the ones after it down.
   */
  addItem(serviceId: string, yearId: string, item: PlanItemFields, position: number | undefined, stamp: WriteStamp): Promise<string>;
  /** In one transaction: changes the item, moves it when `position` is given, stamps the plan. False if it has gone. */
  updateItem(place: PlanItemPlace, changes: Partial<PlanItemFields>, position: number | undefined, stamp: WriteStamp): Promise<boolean>;
  /** In one transaction: removes the item, closes up the others, stamps the plan. False if it had gone already. */
  removeItem(place: PlanItemPlace, stamp: WriteStamp): Promise<boolean>;
}
