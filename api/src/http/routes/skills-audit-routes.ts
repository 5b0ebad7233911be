import {
  AuditReport,
  AuditSettings,
  ChampionCandidateList,
  MyAudit,
  ReportList,
  ResponseIdParams,
  SaveAnswersBody,
  SubmitAuditBody,
  TeamAudit,
  TeamAuditQuery,
} from '../../contracts/skills-audit.js';
import type { AuditDeps } from '../../domain/audit/audit-deps.js';
import { getAuditSettings, updateAuditSettings } from '../../domain/audit/audit-settings.js';
import { getMyAudit } from '../../domain/audit/get-my-audit.js';
import { getReport } from '../../domain/audit/get-report.js';
import { getTeamAudit } from '../../domain/audit/get-team-audit.js';
import { listChampionCandidates } from '../../domain/audit/list-champion-candidates.js';
import { listMyReports } from '../../domain/audit/list-my-reports.js';
import { saveAnswers } from '../../domain/audit/save-answers.js';
import { submitAudit } from '../../domain/audit/submit-audit.js';
import { defineRoute } from '../route.js';
import { settingsRoutes } from './settings-routes.js';

const TAG = 'Skills audit';

export function skillsAuditRoutes(deps: AuditDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit/me',
      tag: TAG,
      summary: 'My skills audit in the open campaign: questions, answers so far and where to resume',
      access: 'signed-in',
      response: MyAudit,
      handle: ({ actor }) => getMyAudit(deps, actor),
    }),
    defineRoute({
      method: 'put',
      path: '/api/audit/me/answers',
      tag: TAG,
      summary: 'Save one page of my answers (creates my draft on the first save)',
      description:
        'Answers are checked against the campaign’s framework version: an unknown answer or a statement of another version is a 422 naming the field and the statement. ' +
        'A closed campaign, or an audit already submitted, is a 409 and nothing is saved.',
      access: 'signed-in',
      body: SaveAnswersBody,
      response: MyAudit,
      problems: [409, 422],
      handle: ({ actor, body }) => saveAnswers(deps, actor, body, 'tab'),
    }),
    defineRoute({
      method: 'post',
      path: '/api/audit/me/submit',
      tag: TAG,
      summary: 'Submit my skills audit, with an optional last page of answers; returns my report',
      description:
        'Every statement must have an answer (422 lists each unanswered one as `answers.<statementKey>`). Submitting twice, even at the same moment, stores one submission; the other gets 409.',
      access: 'signed-in',
      body: SubmitAuditBody,
      response: AuditReport,
      problems: [409, 422],
      handle: ({ actor, body }) => submitAudit(deps, actor, body, 'tab'),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/me/reports',
      tag: TAG,
      summary: 'Every skills audit I have submitted, newest first',
      access: 'signed-in',
      response: ReportList,
      handle: ({ actor }) => listMyReports(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/reports/:responseId',
      tag: TAG,
      summary: 'One submitted audit’s personal report',
      description: 'The person themselves and HR only; HR’s reads of someone else’s report are audit-logged.',
      access: 'signed-in',
      params: ResponseIdParams,
      response: AuditReport,
      problems: [403, 404],
      handle: ({ actor, params }) => getReport(deps, actor, params.responseId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/team',
      tag: TAG,
      summary: 'My reporting line’s audit completion, and levels where the council allows it',
      description:
        'Line managers (whole reporting line, direct and indirect) and HR. Levels are shown to HR, and to managers only when the audit setting allows it; each person whose levels are shown is audit-logged.',
      access: 'signed-in',
      query: TeamAuditQuery,
      response: TeamAudit,
      problems: [403, 404],
      handle: ({ actor, query }) => getTeamAudit(deps, actor, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/champion-candidates',
      tag: TAG,
      summary: 'Staff whose latest audit flags them as champion candidates',
      description: 'Digital team and HR. Each person listed is audit-logged.',
      access: 'signed-in',
      response: ChampionCandidateList,
      problems: [403],
      handle: ({ actor }) => listChampionCandidates(deps, actor),
    }),
    ...settingsRoutes({
      path: '/api/audit/settings',
      tag: TAG,
      response: AuditSettings,
      body: { id: 'AuditSettingsBody', description: 'An AuditSettings object: managersSeeLevels, basicSkillsRule, championCandidateMinConfident' },
      who: 'HR and administrators',
      summaries: { get: 'The council’s audit settings', put: 'Change the council’s audit settings' },
      get: (actor) => getAuditSettings(deps, actor),
      update: (actor, body) => updateAuditSettings(deps, actor, body),
    }),
  ];
}
