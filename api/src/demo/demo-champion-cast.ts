import type { Db } from '../db/database.js';
import { latestAuditResults } from '../db/latest-audit-results.js';
import { confidenceOf } from './demo-audit-answers.js';
import { DEMO_PERSONA_NAMES, demoEmail } from './demo-council.js';

/**
 * Who the demo council's Digital Champions are. Priya Chauhan is one; the others are the
 * strongest people in their latest demo audit, taken in turn from each service and site
 * so that every part of the council has someone nearby. The same people every time.
 */

export interface DemoPerson {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  serviceName: string | null;
  siteName: string | null;
}

export interface DemoChampionCast {
  priya: DemoPerson;
  /** Approves champions and publishes guides: the digital team persona. */
  digitalLead: DemoPerson;
  active: DemoPerson[];
  volunteered: DemoPerson[];
  paused: DemoPerson[];
  /** Everyone else still at the council: who asks for help and comes to drop-ins. */
  staff: DemoPerson[];
}

const OTHER_ACTIVE = 24;
/** Strong in at least this many of the eight categories, to be worth offering as a champion. */
const MIN_STRENGTHS = 5;
const SENIOR = /^(head of|director|chief)/i;

async function demoPeople(db: Db): Promise<DemoPerson[]> {
  return db
    .selectFrom('people as p')
    .leftJoin('services as s', 's.id', 'p.service_id')
    .leftJoin('sites as t', 't.id', 'p.site_id')
    .select(['p.id', 'p.email', 'p.display_name as displayName', 'p.job_title as jobTitle', 's.name as serviceName', 't.name as siteName'])
    .where('p.status', '=', 'active')
    .orderBy('p.email')
    .execute();
}

/** How strong each person is: categories at capable or better in their latest audit, else a prediction from their role. */
async function strengthScores(db: Db, people: readonly DemoPerson[]): Promise<Map<string, number>> {
  const audits = await latestAuditResults(db);
  return new Map(
    people.map((person) => {
      const categories = audits.get(person.id)?.categories;
      const score = categories
        ? categories.filter((category) => category.level === 'confident').length * 2 + categories.filter((category) => category.level === 'capable').length
        : Math.round(confidenceOf(person) * 16);
      return [person.id, score];
    }),
  );
}

/** Takes the best remaining person from each service-and-site group in turn, until `count` are chosen. */
function roundRobin(candidates: readonly DemoPerson[], score: ReadonlyMap<string, number>, count: number): DemoPerson[] {
  const groups = new Map<string, DemoPerson[]>();
  for (const person of candidates) {
    const key = `${person.serviceName ?? ''}|${person.siteName ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  const queues = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, members]) => [...members].sort((a, b) => score.get(b.id)! - score.get(a.id)! || a.email.localeCompare(b.email)));
  const chosen: DemoPerson[] = [];
  while (chosen.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < count) chosen.push(next);
    }
  }
  return chosen;
}

export async function chooseDemoChampions(db: Db): Promise<DemoChampionCast> {
  const people = await demoPeople(db);
  const byEmail = new Map(people.map((person) => [person.email.toLowerCase(), person]));
  const persona = (name: string) => {
    const person = byEmail.get(demoEmail(name));
    if (!person) throw new Error(`The demo persona ${name} is not in the directory`);
    return person;
  };
  const priya = persona(DEMO_PERSONA_NAMES.champion);
  const digitalLead = persona(DEMO_PERSONA_NAMES.digital);
  // The other personas keep the roles the README gives them; senior leaders are not asked.
  const personaEmails = new Set(Object.values(DEMO_PERSONA_NAMES).map(demoEmail));
  const score = await strengthScores(db, people);
  const candidates = people.filter(
    (person) => !personaEmails.has(person.email.toLowerCase()) && !SENIOR.test(person.jobTitle ?? '') && score.get(person.id)! >= MIN_STRENGTHS,
  );
  const picked = roundRobin(candidates, score, OTHER_ACTIVE + 3);
  const active = picked.slice(0, OTHER_ACTIVE);
  const championIds = new Set([priya.id, ...picked.map((person) => person.id)]);
  return {
    priya,
    digitalLead,
    active,
    volunteered: picked.slice(OTHER_ACTIVE, OTHER_ACTIVE + 2),
    paused: picked.slice(OTHER_ACTIVE + 2),
    staff: people.filter((person) => !championIds.has(person.id) && person.id !== digitalLead.id),
  };
}
