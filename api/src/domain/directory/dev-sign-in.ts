import { createHash, randomBytes } from 'node:crypto';
import type { Persona, PersonaDirectory, PersonaGroup } from '../../contracts/dev-sign-in.js';
import { AppError } from '../shared/app-error.js';
import type { Clock } from '../shared/clock.js';
import { APP_ROLES, ROLE_LABELS, type Role } from '../shared/roles.js';
import type { DirectoryRepository } from './directory-repository.js';
import type { Person } from './person.js';
import { resolveSession, type SignedIn } from './resolve-actor.js';

/**
 * Local mode only: pick any person of the demo council and act as them. The server never
 * mounts this in production, and the configuration refuses DEV_SIGN_IN there.
 */

export interface SessionStore {
  create(session: { tokenHash: string; personId: string; expiresAt: Date }): Promise<void>;
  remove(tokenHash: string): Promise<void>;
}

export interface PersonaSuggestion {
  email: string;
  role: Role;
  suggestion: string;
}

export interface DevSignInDeps {
  directory: DirectoryRepository;
  sessions: SessionStore;
  clock: Clock;
  suggestions: PersonaSuggestion[];
}

const SESSION_HOURS = 12;
const GROUP_SIZE = 25;

const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

function persona(person: Person, suggestion: string | null = null): Persona {
  return {
    id: person.id,
    displayName: person.displayName,
    jobTitle: person.jobTitle,
    service: person.service?.name ?? null,
    suggestion,
  };
}

export async function listPersonas(deps: DevSignInDeps, text: string | undefined): Promise<PersonaDirectory> {
  const suggested: PersonaDirectory['suggested'] = [];
  if (!text) {
    const found = await deps.directory.findPeopleByEmails(deps.suggestions.map((item) => item.email));
    const byEmail = new Map(found.map((person) => [person.email, person]));
    for (const item of deps.suggestions) {
      const person = byEmail.get(item.email);
      if (person) suggested.push({ ...persona(person, item.suggestion), role: item.role });
    }
  }
  const group = (role: Role, page: { items: Person[]; total: number }): PersonaGroup => ({
    role,
    label: ROLE_LABELS[role],
    people: page.items.map((person) => persona(person)),
    total: page.total,
  });
  const groups = await Promise.all([
    ...APP_ROLES.map(async (role) => group(role, await deps.directory.peopleWithAppRole(role, text, GROUP_SIZE))),
    deps.directory.peopleWhoManage('service', text, GROUP_SIZE).then((page) => group('headOfService', page)),
    deps.directory.peopleWhoManage('line', text, GROUP_SIZE).then((page) => group('lineManager', page)),
    deps.directory.searchPeople({ text, limit: GROUP_SIZE, offset: 0 }).then((page) => group('staff', page)),
  ]);
  return { suggested, groups: groups.filter((entry) => entry.people.length > 0) };
}

export async function signIn(deps: DevSignInDeps, personId: string): Promise<{ token: string; expiresAt: Date }> {
  const facts = await deps.directory.actorFacts({ personId });
  if (!facts) throw AppError.validation([{ field: 'body.personId', message: 'is not a person in the directory' }]);
  if (facts.person.status === 'leaver') throw AppError.validation([{ field: 'body.personId', message: 'is a leaver and cannot sign in' }]);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.clock.now().getTime() + SESSION_HOURS * 3_600_000);
  await deps.sessions.create({ tokenHash: hashSessionToken(token), personId, expiresAt });
  return { token, expiresAt };
}

export async function signOut(deps: DevSignInDeps, token: string): Promise<void> {
  await deps.sessions.remove(hashSessionToken(token));
}

/** Who a dev sign-in session acts for, while it has not expired. */
export function sessionSignedIn(deps: DevSignInDeps, token: string): Promise<SignedIn | undefined> {
  return resolveSession(deps.directory, { sessionTokenHash: hashSessionToken(token), validAt: deps.clock.now() });
}
