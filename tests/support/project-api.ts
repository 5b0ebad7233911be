import { Problem } from '../../api/src/contracts/common.js';
import type { ProjectInput } from '../../api/src/contracts/projects.js';

/** Calls to the register's endpoints as a signed-in person (their session cookie), for integration tests. */

export type Cookie = { cookie: string };

export function projectCall(baseUrl: string, who: Cookie, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...who, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

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

export async function problemOf(response: Response): Promise<Problem> {
  return Problem.parse(await response.json());
}

export async function fieldsOf(response: Response): Promise<string[]> {
  return ((await problemOf(response)).errors ?? []).map((error) => error.field);
}
