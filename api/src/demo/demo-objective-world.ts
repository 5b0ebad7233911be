import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import { demoEmail } from './demo-council.js';

/**
 * The demo council as the objectives, service plans and register demo data see it: who
 * works where, for whom, who leads each service and who is an active Digital Champion.
 */

export interface DemoStaffMember {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string;
  serviceName: string;
  siteName: string | null;
  lineManagerId: string | null;
}

export interface DemoObjectiveWorld {
  /** Everyone still at the council, in email order. */
  staff: DemoStaffMember[];
  byId: Map<string, DemoStaffMember>;
  serviceIds: Map<string, string>;
  /** Head of service by service name. */
  heads: Map<string, DemoStaffMember>;
  /** Active Digital Champions. */
  champions: Set<string>;
  named(displayName: string): DemoStaffMember;
  /** The first person (by email) with this job title, in this service when given. */
  titled(jobTitle: string, serviceName?: string): DemoStaffMember;
  /** Direct reports of a manager, in email order. */
  reportsOf(managerId: string): DemoStaffMember[];
}

/** A stable number in [0, 1) from text: the same person always gets the same story. */
export function demoUnit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 4_294_967_296;
}

/** One of the items, chosen by text, the same every time. */
export function demoPick<T>(items: readonly T[], text: string): T {
  return items[Math.floor(demoUnit(text) * items.length)]!;
}

export async function loadDemoObjectiveWorld(db: Db): Promise<DemoObjectiveWorld> {
  const rows = await db
    .selectFrom('people as p')
    .innerJoin('services as s', 's.id', 'p.service_id')
    .leftJoin('sites as t', 't.id', 'p.site_id')
    .select(['p.id', 'p.email', 'p.display_name', 'p.job_title', 's.name as service_name', 't.name as site_name', 'p.line_manager_id'])
    .where('p.status', '=', 'active')
    .orderBy('p.email')
    .execute();
  const staff: DemoStaffMember[] = rows.map((row) => ({
    id: row.id,
    email: row.email.toLowerCase(),
    displayName: row.display_name,
    jobTitle: row.job_title ?? '',
    serviceName: row.service_name,
    siteName: row.site_name,
    lineManagerId: row.line_manager_id,
  }));
  const byId = new Map(staff.map((person) => [person.id, person]));
  const services = await db.selectFrom('services').select(['id', 'name', 'head_person_id']).execute();
  const heads = new Map<string, DemoStaffMember>();
  for (const service of services) {
    const head = service.head_person_id ? byId.get(service.head_person_id) : undefined;
    if (head) heads.set(service.name, head);
  }
  const champions = await db.selectFrom('champions').select('person_id').where('status', '=', 'active').execute();
  const reports = new Map<string, DemoStaffMember[]>();
  for (const person of staff) {
    if (person.lineManagerId) reports.set(person.lineManagerId, [...(reports.get(person.lineManagerId) ?? []), person]);
  }
  return {
    staff,
    byId,
    serviceIds: new Map(services.map((service) => [service.name, service.id])),
    heads,
    champions: new Set(champions.map((row) => row.person_id)),
    named(displayName) {
      const person = staff.find((member) => member.email === demoEmail(displayName));
      if (!person) throw new Error(`The demo person ${displayName} is not in the directory`);
      return person;
    },
    titled(jobTitle, serviceName) {
      const person = staff.find((member) => member.jobTitle === jobTitle && (!serviceName || member.serviceName === serviceName));
      if (!person) throw new Error(`Nobody in the demo council is ${jobTitle}`);
      return person;
    },
    reportsOf: (managerId) => reports.get(managerId) ?? [],
  };
}
