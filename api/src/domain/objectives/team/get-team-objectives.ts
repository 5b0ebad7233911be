import type { AppraisalYear } from '../../../contracts/objectives.js';
import type { TeamObjectiveCounts, TeamObjectiveMember, TeamObjectives, TeamObjectivesQuery } from '../../../contracts/team-objectives.js';
import type { Actor } from '../../shared/actor.js';
import { toYearRef } from '../appraisal-years/find-open-year.js';
import { checkInRule, isOverdue } from './check-in-rule.js';
import { chooseYear } from './choose-year.js';
import { teamAuditCompletion } from './team-audit-completion.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';
import type { TeamMemberRecord } from './team-objective-repository.js';
import { resolveTeam } from './team-scope.js';

const NO_COUNTS: TeamObjectiveCounts = {
  everyone: 0,
  'no-objective': 0,
  waiting: 0,
  returned: 0,
  agreed: 0,
  'in-progress': 0,
  'check-in-overdue': 0,
  completed: 0,
};

function toMember(record: TeamMemberRecord, today: string): TeamObjectiveMember {
  const objectives = record.objectives.map((objective) => ({ ...objective, checkInOverdue: isOverdue(objective.checkInDueOn, today) }));
  return {
    person: record.person,
    jobTitle: record.jobTitle,
    service: record.service,
    manager: record.manager,
    direct: record.direct,
    objectives,
    flags: {
      noObjective: objectives.length === 0,
      waiting: objectives.some((objective) => objective.status === 'proposed'),
      returned: objectives.some((objective) => objective.status === 'returned'),
      checkInOverdue: objectives.some((objective) => objective.checkInOverdue),
    },
  };
}

function noYearNotice(isHr: boolean, years: readonly AppraisalYear[]): string {
  if (isHr) return 'No appraisal year is open. Open one under Appraisal years, or choose a past year.';
  return years.length > 0
    ? 'No appraisal year is open at the moment. HR opens one at the start of each appraisal year; you can look at a past year meanwhile.'
    : 'No appraisal year is open at the moment. HR opens one at the start of each appraisal year.';
}

/**
 * A line manager's whole reporting line, direct and indirect (HR: the council), with each
 * person's digital objectives of the year, what waits for agreement and which check-ins are
 * late, plus how far the same people are with the skills audit. Each person shown is one
 * read of someone else's record in the audit log.
 */
export async function getTeamObjectives(deps: TeamObjectiveDeps, actor: Actor, query: TeamObjectivesQuery): Promise<TeamObjectives> {
  const team = await resolveTeam(deps, actor, query);
  const [{ year, years }, rule, teams, services, auditCompletion] = await Promise.all([
    chooseYear(deps, query.yearId),
    checkInRule(deps),
    deps.teamObjectives.managersIn(team.base),
    team.isHr ? deps.teamObjectives.services() : Promise.resolve([]),
    teamAuditCompletion(deps, team.people),
  ]);
  const shared = {
    years: years.map(toYearRef),
    scope: team.people.scope.kind,
    teams,
    services,
    auditCompletion,
    checkInEveryDays: rule.checkInEveryDays,
  };
  if (!year) return { ...shared, year: null, notice: noYearNotice(team.isHr, years), counts: NO_COUNTS, items: [], total: 0 };

  const [page, counts] = await Promise.all([
    deps.teamObjectives.listMembers({
      ...team.people,
      ...rule,
      yearId: year.id,
      viewerId: actor.personId,
      status: query.status,
      text: query.q || undefined,
      limit: query.limit,
      offset: query.offset,
    }),
    deps.teamObjectives.countByFilter({ ...team.people, ...rule, yearId: year.id }),
  ]);
  const others = page.items.filter((record) => record.person.id !== actor.personId);
  await deps.audit.responses.recordReads(
    others.map((record) => ({
      actorPersonId: actor.personId,
      action: 'read' as const,
      resource: 'objectives',
      subjectPersonId: record.person.id,
      details: { yearId: year.id, view: 'team' },
    })),
  );
  return { ...shared, year, notice: null, counts, items: page.items.map((record) => toMember(record, rule.today)), total: page.total };
}
