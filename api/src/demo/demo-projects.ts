import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { addDays, councilDate } from '../domain/audit/campaign-window.js';
import { DEMO_PERSONA_NAMES } from './demo-council.js';
import { DEMO_PROJECTS, type DemoProjectDefinition } from './demo-project-catalogue.js';
import { demoUnit, type DemoObjectiveWorld, type DemoStaffMember } from './demo-objective-world.js';
import { ago } from './demo-time.js';

/** Writes the register: the projects, their sponsors, members and followers, as the digital team keeps them. */

export interface DemoProject {
  id: string;
  definition: DemoProjectDefinition;
}

const SERVICE_ROLES = ['Service lead', 'Tester', 'Super user'] as const;

function ranked(people: readonly DemoStaffMember[], salt: string): DemoStaffMember[] {
  return people
    .map((person) => ({ person, order: demoUnit(`${salt}:${person.email}`) }))
    .sort((a, b) => a.order - b.order)
    .map(({ person }) => person);
}

function sponsorOf(world: DemoObjectiveWorld, definition: DemoProjectDefinition): DemoStaffMember {
  const sponsor = definition.sponsor === 'head' ? world.heads.get(definition.service) : world.titled(definition.sponsor);
  if (!sponsor) throw new Error(`The demo project ${definition.name} has no sponsor`);
  return sponsor;
}

/** A team manager from the service, then two of its staff; with the digital team when it leads. */
function membersOf(world: DemoObjectiveWorld, definition: DemoProjectDefinition): { person: DemoStaffMember; role: string }[] {
  const inService = world.staff.filter((person) => person.serviceName === definition.service && person.id !== world.heads.get(definition.service)?.id);
  const managers = ranked(inService.filter((person) => / Manager$/.test(person.jobTitle)), definition.name);
  const staff = ranked(inService.filter((person) => !/ Manager$/.test(person.jobTitle)), definition.name);
  const service = [...managers.slice(0, 1), ...staff.slice(0, 2)].map((person, index) => ({ person, role: SERVICE_ROLES[index]! }));
  if (!definition.digitalLed) return service;
  const analyst = ranked(world.staff.filter((person) => person.jobTitle === 'Business Analyst'), definition.name)[0];
  const all = [
    { person: world.named(DEMO_PERSONA_NAMES.digital), role: 'Digital lead' },
    ...(analyst ? [{ person: analyst, role: 'Business analyst' }] : []),
    ...service,
  ];
  // In the digital team's own projects the same person can turn up twice: they keep their first role.
  return all.filter((member, index) => all.findIndex((other) => other.person.id === member.person.id) === index);
}

/** The sponsor and some interested colleagues, from anywhere in the council. */
function followersOf(world: DemoObjectiveWorld, definition: DemoProjectDefinition, sponsor: DemoStaffMember): DemoStaffMember[] {
  const count = 4 + Math.floor(demoUnit(`followers:${definition.name}`) * 14);
  const chosen = ranked(world.staff, `follow:${definition.name}`).slice(0, count);
  const extra = definition.name === 'Customer contact centre telephony' ? [world.named(DEMO_PERSONA_NAMES.staff)] : [];
  return [...new Map([sponsor, ...extra, ...chosen].map((person) => [person.id, person])).values()];
}

export async function seedDemoProjects(db: Db, world: DemoObjectiveWorld, now: Date): Promise<DemoProject[]> {
  const today = councilDate(now);
  const curator = world.named(DEMO_PERSONA_NAMES.digital);
  const projects = DEMO_PROJECTS.map((definition) => ({ id: randomUUID(), definition, sponsor: sponsorOf(world, definition) }));
  await db
    .insertInto('projects')
    .values(
      projects.map(({ id, definition, sponsor }) => {
        const lastChange = Math.min(definition.createdDaysAgo, definition.publishedDaysAgo ?? 6);
        return {
          id,
          name: definition.name,
          summary: definition.summary,
          service_id: world.serviceIds.get(definition.service) ?? null,
          sponsor_person_id: sponsor.id,
          stage: definition.stage,
          rag: definition.rag,
          starts_on: definition.startsIn === null ? null : addDays(today, definition.startsIn),
          ends_on: definition.endsIn === null ? null : addDays(today, definition.endsIn),
          digital_implications: definition.digitalImplications,
          created_by: curator.id,
          created_at: ago(now, definition.createdDaysAgo),
          updated_at: ago(now, lastChange),
          last_update_published_at: definition.publishedDaysAgo === null ? null : ago(now, definition.publishedDaysAgo, 3),
        };
      }),
    )
    .execute();
  await db
    .insertInto('project_members')
    .values(
      projects.flatMap(({ id, definition }) =>
        membersOf(world, definition).map(({ person, role }, index) => ({
          project_id: id,
          person_id: person.id,
          role,
          added_at: ago(now, definition.createdDaysAgo - 2 - index),
        })),
      ),
    )
    .execute();
  await db
    .insertInto('project_followers')
    .values(
      projects.flatMap(({ id, definition, sponsor }) =>
        followersOf(world, definition, sponsor).map((person) => ({
          project_id: id,
          person_id: person.id,
          followed_at: ago(now, Math.floor(demoUnit(`followed:${definition.name}:${person.email}`) * definition.createdDaysAgo)),
        })),
      ),
    )
    .execute();
  return projects.map(({ id, definition }) => ({ id, definition }));
}
