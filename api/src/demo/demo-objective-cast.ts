import type { ObjectiveStatusColumn } from '../db/schema.js';
import { DEMO_PERSONA_NAMES, demoEmail } from './demo-council.js';
import { objectiveContent, type ContentSources } from './demo-objective-content.js';
import { storyRows, type ObjectiveContent, type ObjectiveStory, type StoryRows } from './demo-objective-story.js';
import { currentStory, previousStory, targetDate, type DemoCalendar, type DemoYearDates } from './demo-objective-timelines.js';
import { demoUnit, type DemoStaffMember } from './demo-objective-world.js';

/**
 * Who has which digital objective. About 40% of staff have one this year, at every stage
 * of the workflow, and about a third had one last year with its outcome recorded. The
 * personas are written by hand so a visitor finds something to do:
 *
 * - Sam Whitfield: one in progress (checked in a month ago) and a draft to finish;
 * - Gareth Morgan: two of his team's objectives wait for him (one for more than a week),
 *   one he returned, an overdue check-in, and people with no objective yet;
 * - Helen Adeyemi: her own objective agreed by her director;
 * - Priya Chauhan as a Digital Champion, and Tom Nguyen on the Microsoft 365 migration.
 */

const KINDS = ['skill', 'support', 'project'] as const;

function kindOf(roll: number): ObjectiveContent['kind'] {
  if (roll < 0.5) return 'skill';
  return roll < 0.75 ? 'support' : 'project';
}

function firstStatus(roll: number): ObjectiveStatusColumn {
  if (roll < 0.1) return 'draft';
  if (roll < 0.2) return 'proposed';
  if (roll < 0.25) return 'returned';
  if (roll < 0.45) return 'agreed';
  return roll < 0.92 ? 'in-progress' : 'withdrawn';
}

function secondStatus(roll: number): ObjectiveStatusColumn {
  if (roll < 0.35) return 'draft';
  if (roll < 0.55) return 'proposed';
  return roll < 0.75 ? 'agreed' : 'in-progress';
}

export function planDemoObjectives(sources: ContentSources, calendar: DemoCalendar): StoryRows[] {
  const { world } = sources;
  const rows: StoryRows[] = [];
  const add = (person: DemoStaffMember, year: DemoYearDates, content: ObjectiveContent, story: ObjectiveStory, salt: string) => {
    if (!person.lineManagerId) throw new Error(`${person.displayName} has no manager to agree an objective`);
    rows.push(storyRows({ ownerId: person.id, managerId: person.lineManagerId, yearId: year.id, targetDate: targetDate(year, calendar, salt) }, content, story));
  };
  const current = (person: DemoStaffMember, salt: string, kind: ObjectiveContent['kind'], status: ObjectiveStatusColumn, options: Parameters<typeof currentStory>[3] = {}, pick: Parameters<typeof objectiveContent>[4] = {}) =>
    add(person, calendar.current, objectiveContent(person, kind, salt, sources, pick), currentStory(status, salt, calendar, options), salt);

  const sam = world.named(DEMO_PERSONA_NAMES.staff);
  const gareth = world.named(DEMO_PERSONA_NAMES.lineManager);
  const helen = world.named(DEMO_PERSONA_NAMES.headOfService);
  current(sam, 'sam:excel', 'skill', 'in-progress', { checkIns: 1, lastCheckInDaysAgo: 30 }, { skill: 'excel-basics' });
  current(sam, 'sam:telephony', 'project', 'draft', {}, { project: 'Customer contact centre telephony' });
  current(gareth, 'gareth:teams', 'skill', 'in-progress', { checkIns: 1 }, { skill: 'teams-meetings' });
  add(
    helen,
    calendar.current,
    {
      ...objectiveContent(helen, 'project', 'helen', sources, { project: 'Online housing repairs reporting' }),
      title: 'Run housing performance reviews from the live repairs data',
      successMeasure: 'Each month’s housing performance review uses live repairs data from the new system, not a spreadsheet compiled by hand.',
    },
    currentStory('agreed', 'helen', calendar, { daysAgo: 25 }),
    'helen',
  );
  current(world.named(DEMO_PERSONA_NAMES.champion), 'priya', 'support', 'in-progress', { checkIns: 2 });
  current(world.named(DEMO_PERSONA_NAMES.digital), 'tom', 'project', 'in-progress', { checkIns: 3 }, { project: 'Microsoft 365 migration' });

  // Gareth's team, in email order: the first six are written by hand; the fourth has none yet.
  const team = world.reportsOf(gareth.id).filter((person) => person.id !== sam.id);
  const [waitingLong, waitingNew, returned, _nothingYet, overdue, agreed] = team;
  if (!agreed) throw new Error('Gareth Morgan’s demo team is smaller than the demo needs');
  current(waitingLong!, 'gareth-team:0', 'skill', 'proposed', { daysAgo: 9 });
  current(waitingNew!, 'gareth-team:1', 'support', 'proposed', { daysAgo: 2 });
  current(returned!, 'gareth-team:2', 'project', 'returned', { daysAgo: 4 }, { project: 'Customer contact centre telephony' });
  current(overdue!, 'gareth-team:4', 'skill', 'in-progress', { overdue: true, checkIns: 1 });
  current(agreed, 'gareth-team:5', 'support', 'agreed', { daysAgo: 20 });

  const personas = new Set(Object.values(DEMO_PERSONA_NAMES).map(demoEmail));
  const handWritten = new Set(team.slice(0, 6).map((person) => person.id));
  let finishedEarly = 0;
  for (const person of world.staff) {
    if (!person.lineManagerId) continue;
    if (demoUnit(`objective-previous:${person.email}`) < 0.35) {
      const status = demoUnit(`previous-withdrawn:${person.email}`) < 0.08 ? 'withdrawn' : 'completed';
      const salt = `previous:${person.email}`;
      const content = objectiveContent(person, kindOf(demoUnit(`previous-kind:${person.email}`)), salt, sources, { finished: true });
      add(person, calendar.previous, content, previousStory(status, salt, calendar), salt);
    }
    if (personas.has(person.email) || handWritten.has(person.id) || demoUnit(`objective-current:${person.email}`) >= 0.4) continue;

    const inGarethsTeam = person.lineManagerId === gareth.id;
    // Only the two written above wait for Gareth, so his list says exactly what the README does.
    const settle = (status: ObjectiveStatusColumn) => (inGarethsTeam && status === 'proposed' ? 'agreed' : status);
    let status = settle(firstStatus(demoUnit(`objective-status:${person.email}`)));
    if (status === 'in-progress' && !inGarethsTeam && finishedEarly < 2 && demoUnit(`finished-early:${person.email}`) < 0.25) {
      status = 'completed';
      finishedEarly += 1;
    }
    const kindRoll = demoUnit(`objective-kind:${person.email}`);
    const kind = world.champions.has(person.id) && kindRoll < 0.7 ? 'support' : kindOf(kindRoll);
    const overdueRoll = demoUnit(`objective-overdue:${person.email}`);
    const overdue = (status === 'agreed' && overdueRoll < 0.35) || (status === 'in-progress' && overdueRoll < 0.25);
    current(person, `current:${person.email}`, kind, status, { overdue });
    if (demoUnit(`objective-second:${person.email}`) < 0.3) {
      const secondKind = KINDS[(KINDS.indexOf(kind) + 1) % KINDS.length]!;
      current(person, `second:${person.email}`, secondKind, settle(secondStatus(demoUnit(`second-status:${person.email}`))));
    }
  }
  return rows;
}
