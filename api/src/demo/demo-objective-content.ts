import type { FrameworkVersion } from '../contracts/skills-framework.js';
import type { ObjectiveContent } from './demo-objective-story.js';
import { CHAMPION_OBJECTIVE, SKILL_OBJECTIVES, SUPPORT_TOPICS } from './demo-objective-texts.js';
import { demoPick, demoUnit, type DemoObjectiveWorld, type DemoStaffMember } from './demo-objective-world.js';
import { COUNCIL_WIDE_PROJECTS } from './demo-project-catalogue.js';
import type { DemoProject } from './demo-projects.js';

/**
 * What a demo person's objective is about: a skill from the current framework, helping a
 * colleague (or being a Digital Champion), or taking part in a register project that
 * makes sense for their service.
 */

const FRONTLINE = /operative|driver|support worker/i;

export interface ContentSources {
  world: DemoObjectiveWorld;
  framework: FrameworkVersion;
  projects: readonly DemoProject[];
}

function skillContent(person: DemoStaffMember, salt: string, framework: FrameworkVersion, only?: string): ObjectiveContent {
  const categories = new Set(framework.categories.map((category) => category.key));
  const statements = new Set(framework.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
  const frontline = FRONTLINE.test(person.jobTitle);
  const fitting = SKILL_OBJECTIVES.filter((text) => (only ? text.statementKey === only : !text.forRoles || text.forRoles.test(person.jobTitle)));
  const known = fitting.filter((text) => categories.has(text.categoryKey));
  // Frontline staff mostly choose what they can practise on a phone during their working day.
  const preferred = frontline ? known.filter((text) => text.forRoles) : known;
  const pool = preferred.length > 0 && demoUnit(`frontline:${salt}`) < 0.7 ? preferred : known;
  const text = demoPick(pool.length > 0 ? pool : SKILL_OBJECTIVES, salt);
  // About half were made from an audit gap or decay ("make this my objective").
  const fromAudit = text.statementKey !== undefined && statements.has(text.statementKey) && demoUnit(`from-audit:${salt}`) < 0.5;
  return {
    kind: 'skill',
    title: text.title,
    successMeasure: text.successMeasure,
    categoryKeys: categories.has(text.categoryKey) ? [text.categoryKey] : framework.categories.slice(0, 1).map((category) => category.key),
    statementKey: fromAudit ? text.statementKey! : null,
    statementReason: fromAudit ? (demoUnit(`decay:${salt}`) < 0.3 ? 'decay' : 'gap') : null,
    supportedPersonId: null,
    supportsAsChampion: false,
    projectId: null,
    notes: 'skill',
  };
}

function supportContent(person: DemoStaffMember, salt: string, sources: ContentSources): ObjectiveContent {
  const { world } = sources;
  if (world.champions.has(person.id)) {
    return { ...CHAMPION_OBJECTIVE, kind: 'support', categoryKeys: [], statementKey: null, statementReason: null, supportedPersonId: null, supportsAsChampion: true, projectId: null, notes: 'champion' };
  }
  const peers = (person.lineManagerId ? world.reportsOf(person.lineManagerId) : []).filter((peer) => peer.id !== person.id);
  if (peers.length === 0) return skillContent(person, salt, sources.framework);
  const colleague = demoPick(peers, `colleague:${salt}`);
  const firstName = colleague.displayName.split(' ')[0]!;
  const topic = demoPick(SUPPORT_TOPICS, `topic:${salt}`);
  return {
    kind: 'support',
    title: `Help ${firstName} get confident with ${topic.topic}`,
    successMeasure: `${firstName} can ${topic.can} without needing to ask for help.`,
    categoryKeys: [],
    statementKey: null,
    statementReason: null,
    supportedPersonId: colleague.id,
    supportsAsChampion: false,
    projectId: null,
    notes: 'support',
  };
}

function projectContent(person: DemoStaffMember, salt: string, sources: ContentSources, finished: boolean): ObjectiveContent {
  // This year: projects under way. Last year's finished objectives: projects that had started by then.
  const fits = (project: DemoProject) =>
    finished ? ['delivery', 'closing', 'closed'].includes(project.definition.stage) : !['idea', 'closed'].includes(project.definition.stage);
  const own = sources.projects.filter((project) => fits(project) && project.definition.service === person.serviceName);
  const pool = own.length > 0 ? own : sources.projects.filter((project) => fits(project) && COUNCIL_WIDE_PROJECTS.includes(project.definition.name));
  return contentFor(demoPick(pool, `project:${salt}`));
}

function contentFor(project: DemoProject): ObjectiveContent {
  return {
    kind: 'project',
    ...project.definition.takePart,
    categoryKeys: [],
    statementKey: null,
    statementReason: null,
    supportedPersonId: null,
    supportsAsChampion: false,
    projectId: project.id,
    notes: 'project',
  };
}

export function objectiveContent(
  person: DemoStaffMember,
  kind: ObjectiveContent['kind'],
  salt: string,
  sources: ContentSources,
  options: { finished?: boolean; skill?: string; project?: string } = {},
): ObjectiveContent {
  if (options.project) {
    const project = sources.projects.find((candidate) => candidate.definition.name === options.project);
    if (!project) throw new Error(`The demo register has no project called ${options.project}`);
    return contentFor(project);
  }
  if (kind === 'skill') return skillContent(person, salt, sources.framework, options.skill);
  if (kind === 'support') return supportContent(person, salt, sources);
  return projectContent(person, salt, sources, options.finished ?? false);
}
