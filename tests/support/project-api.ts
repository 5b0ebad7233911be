import type { ProjectInput } from '../../api/src/contracts/projects.js';
import type { TableName } from './authorisation-matrix.js';

/** A complete, valid new project; `overrides` replace fields (undefined removes one). */
export function projectInput(serviceId: string, sponsorPersonId: string, overrides: Record<string, unknown> = {}): Partial<ProjectInput> {
  const input: Record<string, unknown> = {
    name: 'Online housing repairs',
    summary: 'Tenants report and track repairs online.',
    serviceId,
    sponsorPersonId,
    stage: 'initiation',
    rag: 'green',
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    digitalImplications: 'Tenants need an account; repair officers get tablets; repair data moves to the new system.',
    ...overrides,
  };
  for (const [key, value] of Object.entries(input)) if (value === undefined) delete input[key];
  return input as Partial<ProjectInput>;
}

/** Everything in the register: a refused write leaves it as it was. */
export const REGISTER_TABLES: readonly TableName[] = ['projects', 'project_members', 'project_followers'];
