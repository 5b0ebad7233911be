import type { FrameworkVersion } from '../contracts/skills-framework.js';
import type { Db } from '../db/database.js';
import { councilDate } from '../domain/audit/campaign-window.js';
import type { DemoChampionCast, DemoPerson } from './demo-champion-cast.js';
import { DEMO_PERSONA_NAMES, demoEmail } from './demo-council.js';
import { DEMO_GUIDES } from './demo-guides.js';
import { ago, ukTime, weekdayFrom } from './demo-time.js';
import { seedDemoHelpRequests } from './seed-demo-help-requests.js';

/** A few months of the champions programme: guides, drop-ins to come, the support log and help requests. */

const SUPPORT_SESSIONS = 36;

const NOTES: Record<'one-to-one' | 'drop-in' | 'resident', string[]> = {
  'one-to-one': [
    'Showed how to share a folder instead of emailing attachments.',
    'Set up the password manager and a second check on their phone.',
    'Went through booking rooms in Outlook and the scheduling assistant.',
    'Helped turn a paper form into a Microsoft Form.',
    'Sorted out Teams notifications so they stop missing messages.',
  ],
  'drop-in': ['Teams drop-in: meetings, chat and sharing your screen.', 'Excel drop-in: sorting, filtering and freezing panes.', 'Lunchtime session on spotting scam emails.'],
  resident: [
    'Helped a resident apply for a bus pass online.',
    'Helped a resident set up an email account and save the password.',
    'Showed a resident how to report a missed bin on the council website.',
    'Helped a resident join a video call with their GP surgery.',
  ],
};

function keysIn(framework: FrameworkVersion) {
  const categories = new Set(framework.categories.map((category) => category.key));
  const statements = new Set(framework.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
  return { categories, statements };
}

async function seedGuides(db: Db, framework: FrameworkVersion, cast: DemoChampionCast, now: Date): Promise<void> {
  const known = keysIn(framework);
  await db
    .insertInto('how_to_guides')
    .values(
      DEMO_GUIDES.map((guide) => {
        const author = guide.author === 'priya' ? cast.priya : cast.active[(guide.author * 5) % cast.active.length]!;
        const published = guide.status === 'published';
        return {
          title: guide.title,
          summary: guide.summary,
          body_markdown: guide.bodyMarkdown,
          // A council that has changed its framework keeps only the keys it still has.
          category_keys: guide.categoryKeys.filter((key) => known.categories.has(key)),
          statement_keys: guide.statementKeys.filter((key) => known.statements.has(key)),
          status: guide.status,
          author_id: author.id,
          published_by: published ? cast.digitalLead.id : null,
          published_at: published ? ago(now, guide.daysAgo) : null,
          created_at: ago(now, guide.daysAgo + 4),
          updated_at: ago(now, guide.daysAgo),
        };
      }),
    )
    .execute();
}

async function siteId(db: Db, name: string): Promise<string | null> {
  return (await db.selectFrom('sites').select('id').where('name', '=', name).executeTakeFirst())?.id ?? null;
}

async function seedDropIns(db: Db, cast: DemoChampionCast, now: Date): Promise<void> {
  const atLibrary = cast.active.find((person) => person.siteName === 'Central Library') ?? cast.active[0]!;
  const inIt = cast.active.find((person) => person.serviceName === 'IT & Digital') ?? cast.active[1]!;
  const [library, civic] = [await siteId(db, 'Central Library'), await siteId(db, 'Civic Centre')];
  const sessions = [
    { host: inIt, title: 'Teams drop-in: meetings, chat and sharing your screen', days: 2, hour: 12, minute: 30, length: 45, format: 'online', site: null, place: '', capacity: 30, keys: ['digital-at-work'], booked: 6 },
    { host: atLibrary, title: 'Get started with your work phone', days: 5, hour: 10, minute: 0, length: 90, format: 'in-person', site: library, place: 'Learning room, first floor', capacity: 12, keys: ['foundation'], booked: 4 },
    { host: cast.priya, title: 'Excel basics with Priya', days: 8, hour: 14, minute: 0, length: 60, format: 'in-person', site: civic, place: 'Committee Room 2', capacity: 10, keys: ['digital-at-work'], booked: 7 },
    { host: cast.active[2]!, title: 'Staying safe online: scams, passwords and updates', days: 12, hour: 11, minute: 0, length: 60, format: 'online', site: null, place: '', capacity: 50, keys: ['safe-and-legal'], booked: 12 },
  ] as const;
  const sam = cast.staff.find((person) => person.email.toLowerCase() === demoEmail(DEMO_PERSONA_NAMES.staff));
  for (const [index, session] of sessions.entries()) {
    const startsAt = ukTime(weekdayFrom(now, session.days), session.hour, session.minute);
    const { id } = await db
      .insertInto('drop_in_sessions')
      .values({
        host_id: session.host.id,
        title: session.title,
        description: `Bring your questions, or just come and watch. Hosted by ${session.host.displayName}, a Digital Champion.`,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + session.length * 60_000),
        format: session.format,
        site_id: session.site,
        place: session.place,
        capacity: session.capacity,
        category_keys: [...session.keys],
        created_at: ago(now, 10 - index),
        updated_at: ago(now, 10 - index),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people = Array.from({ length: session.booked }, (_, n) => cast.staff[(index * 53 + n * 17) % cast.staff.length]!);
    // Sam Whitfield has booked the Teams drop-in, so his view of drop-ins has something in it.
    const attendees = [...new Map([...(index === 0 && sam ? [sam] : []), ...people].map((person) => [person.id, person])).values()];
    await db
      .insertInto('drop_in_registrations')
      .values(attendees.map((person, n) => ({ session_id: id, person_id: person.id, registered_at: ago(now, 6 - (n % 5), n) })))
      .execute();
  }
}

async function seedSupportLog(db: Db, framework: FrameworkVersion, cast: DemoChampionCast, now: Date): Promise<void> {
  const champions: DemoPerson[] = [cast.priya, ...cast.active];
  const categories = framework.categories.map((category) => category.key);
  // Library champions also help residents at the public computers.
  const atLibraries = champions.filter((person) => /Library/.test(person.siteName ?? ''));
  const rows = Array.from({ length: SUPPORT_SESSIONS }, (_, i) => {
    const resident = i % 4 === 1 && atLibraries.length > 0;
    const champion = resident ? atLibraries[i % atLibraries.length]! : i % 6 === 0 ? cast.priya : champions[(i * 7) % champions.length]!;
    const kind: keyof typeof NOTES = resident ? 'resident' : i % 5 === 2 ? 'drop-in' : 'one-to-one';
    const notes = NOTES[kind];
    return {
      champion_id: champion.id,
      kind,
      happened_on: councilDate(ago(now, 1 + ((i * 37) % 88))),
      minutes: kind === 'drop-in' ? 60 + (i % 3) * 15 : 15 + ((i * 11) % 31),
      people_helped: kind === 'drop-in' ? 3 + (i % 6) : 1,
      category_keys: [categories[(i * 3) % categories.length]!],
      note: notes[i % notes.length]!,
      created_at: ago(now, 1 + ((i * 37) % 88), -8),
    };
  });
  await db.insertInto('support_sessions').values(rows).execute();
}

export async function seedDemoChampionActivity(db: Db, framework: FrameworkVersion, cast: DemoChampionCast, now: Date): Promise<void> {
  await seedGuides(db, framework, cast, now);
  await seedDropIns(db, cast, now);
  await seedSupportLog(db, framework, cast, now);
  await seedDemoHelpRequests(db, framework, cast, now);
}
