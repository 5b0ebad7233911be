import { sql } from 'kysely';
import type { ChampionStatus } from '../contracts/champions.js';
import type { FrameworkVersion } from '../contracts/skills-framework.js';
import type { Db } from '../db/database.js';
import { chooseDemoChampions, type DemoChampionCast, type DemoPerson } from './demo-champion-cast.js';
import { ago } from './demo-time.js';
import { seedDemoChampionActivity } from './seed-demo-champion-activity.js';

/**
 * The demo council's Digital Champions programme: Priya Chauhan and about two dozen other
 * active champions across every service and site, two volunteers waiting for the digital
 * team's approval and one champion on a break, each with the history of how they got
 * there. With `activity`, also what a few months of the programme leave behind: guides,
 * drop-ins, the support log and help requests in every state.
 */

const SPECIALISMS: Record<string, string[]> = {
  'Revenues & Benefits': ['the council tax system', 'Excel', 'the benefits system'],
  Housing: ['the housing register', 'Outlook calendars', 'working on a tablet'],
  'Planning & Building Control': ['the planning portal', 'marking up PDFs', 'maps'],
  'Customer Services': ['the customer records system', 'helping residents online', 'Teams chat'],
  'Environmental Services': ['using a work phone', 'the rounds app', 'HR self-service'],
  'Legal & Democratic Services': ['Word templates', 'the committee papers system', 'Teams meetings'],
  'HR & Organisational Development': ['HR self-service', 'online learning', 'Microsoft Forms'],
  Finance: ['Excel', 'the finance system', 'Power BI reports'],
  'IT & Digital': ['Teams meetings', 'password resets', 'OneDrive and SharePoint'],
  Communications: ['Canva', 'writing for the web', 'social media'],
  'Cultural Services': ['helping residents online', 'the public computers', 'library e-books'],
  'Economic Development': ['online forms', 'Teams webinars', 'Excel'],
  'Policy & Performance': ['Excel', 'Power BI reports', 'Microsoft Forms'],
};
const WORKING_DAYS = [[1, 2, 3, 4, 5], [1, 2, 3, 4], [2, 3, 4, 5], [1, 3, 5], [1, 2, 3]];

interface ChampionPlan {
  person: DemoPerson;
  status: ChampionStatus;
  specialisms: string[];
  workingDays: number[];
  capacity: number;
  about: string;
  events: { from: ChampionStatus | null; to: ChampionStatus; by: string; note: string | null; at: Date }[];
}

function profile(person: DemoPerson, index: number): Pick<ChampionPlan, 'specialisms' | 'workingDays' | 'capacity' | 'about'> {
  const pool = SPECIALISMS[person.serviceName ?? ''] ?? ['Teams chat', 'Outlook'];
  const specialisms = [pool[index % pool.length]!, pool[(index + 1) % pool.length]!];
  const place = person.siteName ? ` at ${person.siteName}` : '';
  return {
    specialisms,
    workingDays: WORKING_DAYS[index % WORKING_DAYS.length]!,
    capacity: 2 + (index % 4),
    about: `I work in ${person.serviceName ?? 'the council'}${place}. Ask me about ${specialisms.join(' or ')} – no question is too small.`,
  };
}

function plans(cast: DemoChampionCast, now: Date): ChampionPlan[] {
  const lead = cast.digitalLead.id;
  const joined = (person: DemoPerson, index: number, daysAgo: number): ChampionPlan['events'] =>
    // Most volunteered and were approved; every fourth was invited by the digital team and said yes.
    index % 4 === 3
      ? [
          { from: null, to: 'invited', by: lead, note: 'Strong audit results', at: ago(now, daysAgo) },
          { from: 'invited', to: 'active', by: person.id, note: null, at: ago(now, daysAgo - 2) },
        ]
      : [
          { from: null, to: 'volunteered', by: person.id, note: null, at: ago(now, daysAgo) },
          { from: 'volunteered', to: 'active', by: lead, note: null, at: ago(now, daysAgo - 1) },
        ];
  const priya: ChampionPlan = {
    person: cast.priya,
    status: 'active',
    specialisms: ['Excel', 'the benefits system', 'screen readers'],
    workingDays: [1, 2, 3, 4],
    capacity: 4,
    about: 'Senior Benefits Assessor at the Civic Centre, Monday to Thursday. Happy to help with spreadsheets, the benefits system and making documents work with screen readers.',
    events: [
      { from: null, to: 'volunteered', by: cast.priya.id, note: null, at: ago(now, 120) },
      { from: 'volunteered', to: 'active', by: lead, note: 'Welcome to the network, Priya.', at: ago(now, 118) },
    ],
  };
  return [
    priya,
    ...cast.active.map((person, index): ChampionPlan => ({ person, status: 'active', ...profile(person, index), events: joined(person, index, 110 - index * 3) })),
    ...cast.paused.map((person, index): ChampionPlan => ({
      person,
      status: 'paused',
      ...profile(person, index),
      events: [...joined(person, 0, 90), { from: 'active', to: 'paused', by: person.id, note: 'On leave for a few weeks', at: ago(now, 9) }],
    })),
    ...cast.volunteered.map((person, index): ChampionPlan => ({
      person,
      status: 'volunteered',
      ...profile(person, index + 1),
      events: [{ from: null, to: 'volunteered', by: person.id, note: null, at: ago(now, 2 + index) }],
    })),
  ];
}

async function insertChampions(db: Db, all: readonly ChampionPlan[]): Promise<void> {
  await db
    .insertInto('champions')
    .values(
      all.map((plan) => ({
        person_id: plan.person.id,
        status: plan.status,
        specialisms: plan.specialisms,
        working_days: plan.workingDays,
        capacity: plan.capacity,
        about: plan.about,
        created_at: plan.events[0]!.at,
        updated_at: plan.events.at(-1)!.at,
      })),
    )
    .execute();
  await db
    .insertInto('champion_events')
    .values(
      all.flatMap((plan) =>
        plan.events.map((event) => ({
          person_id: plan.person.id,
          from_status: event.from,
          to_status: event.to,
          actor_person_id: event.by,
          note: event.note,
          at: event.at,
        })),
      ),
    )
    .execute();
}

/** Writes the programme once, into a database with no champions; returns whether it did. */
export async function seedDemoChampions(db: Db, framework: FrameworkVersion, now: Date, options: { activity: boolean }): Promise<{ seeded: boolean }> {
  return db.transaction().execute(async (trx) => {
    // Two servers starting together: the second waits here, then finds the champions.
    await sql`lock table champions in share row exclusive mode`.execute(trx);
    if (await trx.selectFrom('champions').select('person_id').limit(1).executeTakeFirst()) return { seeded: false };
    const cast = await chooseDemoChampions(trx);
    await insertChampions(trx, plans(cast, now));
    if (options.activity) await seedDemoChampionActivity(trx, framework, cast, now);
    return { seeded: true };
  });
}
