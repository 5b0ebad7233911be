import {
  AuditReport,
  ChampionCandidateList,
  MyAudit,
  ReportList,
  TeamAudit,
  type SaveAnswersBody,
  type SubmitAuditBody,
} from '../../../api/src/contracts/skills-audit';
import type { z } from 'zod';
import type { ApiClient } from './api-client';

/** Taking the skills audit and reading its reports: the calls the audit pages make. */

export function getMyAudit(client: ApiClient, signal?: AbortSignal): Promise<MyAudit> {
  return client.json(MyAudit, '/api/audit/me', { signal });
}

export function saveMyAnswers(client: ApiClient, body: SaveAnswersBody): Promise<MyAudit> {
  return client.json(MyAudit, '/api/audit/me/answers', { method: 'PUT', body: { json: body } });
}

export function submitMyAudit(client: ApiClient, body: SubmitAuditBody): Promise<AuditReport> {
  return client.json(AuditReport, '/api/audit/me/submit', { method: 'POST', body: { json: body } });
}

export function getMyReports(client: ApiClient, signal?: AbortSignal): Promise<ReportList> {
  return client.json(ReportList, '/api/audit/me/reports', { signal });
}

export function getReport(client: ApiClient, responseId: string, signal?: AbortSignal): Promise<AuditReport> {
  return client.json(AuditReport, `/api/audit/reports/${encodeURIComponent(responseId)}`, { signal });
}

export function getTeamAudit(client: ApiClient, signal?: AbortSignal): Promise<TeamAudit> {
  return client.json(TeamAudit, '/api/audit/team', { signal });
}

export function getChampionCandidates(client: ApiClient, signal?: AbortSignal): Promise<z.infer<typeof ChampionCandidateList>> {
  return client.json(ChampionCandidateList, '/api/audit/champion-candidates', { signal });
}
