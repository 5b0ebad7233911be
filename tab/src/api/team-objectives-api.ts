import { TeamObjectives, type TeamObjectiveFilter } from '../../../api/src/contracts/team-objectives';
import type { ApiClient, PageRequest } from './api-client';

/** A manager's (or HR's) view of digital objectives across a reporting line, and the export. */

export interface TeamObjectivesSearch extends PageRequest {
  yearId?: string | undefined;
  teamManagerId?: string | undefined;
  serviceId?: string | undefined;
  status?: TeamObjectiveFilter | undefined;
  q?: string | undefined;
}

export function getTeamObjectives(client: ApiClient, search: TeamObjectivesSearch, signal?: AbortSignal): Promise<TeamObjectives> {
  return client.json(TeamObjectives, '/api/objectives/team', { query: { ...search }, signal });
}

export type ExportFormat = 'csv' | 'xlsx';

/** One row per objective of the year, as a file: HR gets the council, a line manager their reporting line. */
export async function downloadObjectivesExport(client: ApiClient, format: ExportFormat, yearId: string): Promise<{ blob: Blob; fileName: string }> {
  const { blob, fileName } = await client.download('/api/objectives/export', { query: { format, yearId } });
  return { blob, fileName: fileName ?? `digital-objectives.${format}` };
}
