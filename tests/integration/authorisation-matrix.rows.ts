import { DEFAULT_HELP_REQUEST_SETTINGS } from '../../api/src/contracts/help-requests.js';
import { DEFAULT_OBJECTIVE_SETTINGS } from '../../api/src/contracts/objectives.js';
import { DEFAULT_RETENTION_SETTINGS } from '../../api/src/contracts/privacy.js';
import { DEFAULT_AUDIT_SETTINGS } from '../../api/src/contracts/skills-audit.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import { objectiveInput } from '../support/objectives-api.js';
import { projectInput } from '../support/project-api.js';
import { itemInput } from '../support/service-plan-api.js';
import { signInAs } from '../support/start-test-server.js';
import {
  allAnswers,
  dropInEveryoneBooked,
  freshCampaign,
  freshChampion,
  freshColleague,
  freshDropIn,
  freshGuide,
  freshHelpRequest,
  freshLeaver,
  freshMatch,
  freshPlanItem,
  freshProjectWithSam,
  freshResource,
  freshSupportSession,
  guideInput,
  inviteToBeAChampion,
  made,
  noAuditsInTheCampaign,
  onlyPriyaAChampion,
  ROLE_LABELS,
  ROLES,
  samsObjective,
  SIGNED_IN_ROLES,
  TODAY,
  UPCOMING,
  type Role,
  type SignedInRole,
  type World,
} from './authorisation-matrix.world.js';

/**
 * Who may use each route of the API: one row per route of the OpenAPI document, each
 * saying what every role in the cast (authorisation-matrix.world.ts) gets.
 *
 * - allowed: a 2xx, or a 409 or 422, which means the request got past authorisation and
 *   met a business rule (a 400, 429 or 5xx proves nothing, so it always fails the row);
 * - 401: anonymous, on a route for people signed in;
 * - 403: signed in, and refused;
 * - 404: the record is hidden from them, so they cannot even learn it exists.
 *
 * A row's `call` says what to send as each role. Rows that change something make a fresh
 * record for each request, or put back in `restore` what the allowed roles changed.
 */

export type Outcome = 'allowed' | 401 | 403 | 404;
export type Expected = Record<Role, Outcome>;

export interface Call {
  path: string;
  body?: unknown;
  contentType?: string;
  /** A session of its own, instead of the role's. */
  cookie?: string;
}

export interface Row {
  /** As the OpenAPI document has it: `POST /api/people/{id}/erasure`. */
  route: string;
  /** Who may use it, in words, for the test's name. */
  who: string;
  expected: Expected;
  call(world: World, role: Role): Call | Promise<Call>;
  /** Puts back what the allowed roles changed, so that the rows after find the world as it was. */
  restore?(world: World): Promise<void>;
}

type Refusal = 403 | 404;

/** Anyone at all, signed in or not. */
const everyone: Expected = Object.fromEntries(ROLES.map((role) => [role, 'allowed'])) as Expected;

/** Anyone signed in; anonymous gets 401. */
const signedIn: Expected = { ...everyone, anonymous: 401 };

/**
 * Only the roles named; everyone else signed in is refused with 403, or as `refusals`
 * says (`others` for everyone not named there).
 */
function only(allowed: SignedInRole[], refusals: Partial<Record<SignedInRole | 'others', Refusal>> = {}): Expected {
  const expected = { anonymous: 401 } as Expected;
  for (const role of SIGNED_IN_ROLES) expected[role] = allowed.includes(role) ? 'allowed' : (refusals[role] ?? refusals.others ?? 403);
  return expected;
}

function listed(roles: readonly Role[]): string {
  const labels = roles.map((role) => ROLE_LABELS[role]);
  return labels.length <= 1 ? (labels[0] ?? 'nobody') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** "only HR and administrator", "anyone signed in", …, from what a row expects. */
function whoFrom(expected: Expected): string {
  if (ROLES.every((role) => expected[role] === 'allowed')) return 'anyone, signed in or not';
  if (SIGNED_IN_ROLES.every((role) => expected[role] === 'allowed')) return 'anyone signed in';
  const allowed = SIGNED_IN_ROLES.filter((role) => expected[role] === 'allowed');
  const hidden = SIGNED_IN_ROLES.filter((role) => expected[role] === 404);
  return `only ${listed(allowed)}${hidden.length > 0 ? `, hidden (404) from ${listed(hidden)}` : ''}`;
}

type CallFor = string | ((world: World, role: Role) => string | Call | Promise<string | Call>);

function row(route: string, expected: Expected, call: CallFor, options: { who?: string; body?: unknown; restore?: Row['restore'] } = {}): Row {
  return {
    route,
    who: options.who ?? whoFrom(expected),
    expected,
    async call(world, role) {
      const given = typeof call === 'string' ? call : await call(world, role);
      const prepared = typeof given === 'string' ? { path: given } : given;
      return options.body === undefined || 'body' in prepared ? prepared : { ...prepared, body: options.body };
    },
    ...(options.restore ? { restore: options.restore } : {}),
  };
}

/** The same record for every role's request: for reads, and for changes each role makes only to their own part of it. */
function shared<T>(make: (world: World) => Promise<T>): (world: World) => Promise<T> {
  let record: Promise<T> | undefined;
  return (world) => (record ??= make(world));
}

/** Puts a group of settings back as the server started, as an administrator. */
const settingsBack =
  (path: string, values: unknown): Row['restore'] =>
  async (world) => {
    await made(world, 'admin', 'PUT', path, values);
  };

/** A staff list with Sam's line as the directory already has it. */
async function staffCsv(world: World): Promise<string> {
  const sam = await world.db
    .selectFrom('people as p')
    .innerJoin('people as m', 'm.id', 'p.line_manager_id')
    .select(['p.email', 'p.display_name', 'p.job_title', 'p.entra_object_id', 'm.email as manager_email'])
    .where('p.id', '=', world.id.staff)
    .executeTakeFirstOrThrow();
  return [
    'email,display_name,job_title,service,site,line_manager_email,entra_object_id,status',
    [sam.email, sam.display_name, sam.job_title, 'Customer Services', 'Civic Centre', sam.manager_email, sam.entra_object_id, 'active'].join(','),
  ].join('\n');
}

const resourceInput = {
  title: 'Excel for beginners',
  kind: 'course',
  description: 'Two mornings on formulas, filters and charts.',
  url: 'https://learning.example.gov.uk/excel-beginners',
  provider: 'Council learning',
  durationMinutes: 360,
  statementKeys: [],
  categoryKeys: ['managing-information'],
};

const dropInInput = (world: World) => ({
  title: 'Getting started with Teams',
  description: 'Chats, channels and meetings, at your own pace.',
  startsAt: UPCOMING.toISOString(),
  endsAt: new Date(UPCOMING.getTime() + 60 * 60 * 1000).toISOString(),
  format: 'in-person',
  siteId: world.civicCentre,
  place: 'Committee room 2',
  alsoOnline: false,
  capacity: 12,
  categoryKeys: ['communicating'],
});

const championProfile = (world: World) => ({
  specialisms: ['Excel', 'the benefits system'],
  siteId: world.civicCentre,
  serviceId: null,
  workingDays: [1, 2, 3, 4, 5],
  capacity: 3,
  about: 'Happy to help with spreadsheets and anything on the benefits system.',
});

/** Priya active again, after a row paused her or stood her down. */
const priyaBack = async (world: World) => {
  await world.db.updateTable('champions').set({ status: 'active' }).where('person_id', '=', world.id.champion).execute();
};

/** For the champion role, Priya acting on her own record (put at `status` first); for everyone else, another champion's. */
const championAt = (status: 'active' | 'paused', move: string) => async (world: World, role: Role) => {
  if (role === 'champion') {
    await world.db.updateTable('champions').set({ status }).where('person_id', '=', world.id.champion).execute();
    return `/api/champions/${world.id.champion}/${move}`;
  }
  return `/api/champions/${await freshChampion(world, status)}/${move}`;
};

const sharedDraftGuide = shared((world) => freshGuide(world, 'draft'));
const sharedHelpRequest = shared((world) => freshHelpRequest(world, 'offered'));
const sharedObjective = shared((world) => samsObjective(world, 'proposed'));
const sharedBookedDropIn = shared(dropInEveryoneBooked);

/** A draft guide is its author's and the digital team's until it is published; to anyone else it does not exist. */
const A_DRAFT_GUIDE = { others: 404 } as const;
/** Sam's objectives are seen by Sam, his management chain and HR; to anyone else they do not exist. */
const SAMS_OBJECTIVE = { others: 404 } as const;
/** Sam's help request is seen by Sam, the champion it is offered to and the digital team; to anyone else it does not exist. */
const SAMS_HELP_REQUEST = { others: 404 } as const;

export const ROWS: Row[] = [
  // Who I am and the directory
  row('GET /api/me', signedIn, '/api/me'),
  row('GET /api/me/waiting', signedIn, '/api/me/waiting'),
  row('GET /api/people', signedIn, '/api/people?q=Whitfield'),
  row('GET /api/people/{id}', signedIn, (w) => `/api/people/${w.id.staff}`),
  row('GET /api/people/{id}/record', only(['staff', 'lineManager', 'hr', 'admin']), (w) => `/api/people/${w.id.staff}/record`, {
    who: 'only Sam himself, his line manager, HR and administrators',
  }),
  // A dry run: the check is the same as for a real import, and the directory stays as it is.
  row('POST /api/directory/imports', only(['hr', 'admin']), async (w) => ({ path: '/api/directory/imports?dryRun=true', body: await staffCsv(w), contentType: 'text/csv' })),
  row('POST /api/directory/sync', only(['hr', 'admin']), '/api/directory/sync?dryRun=true'),
  row('GET /api/audit-log', only(['hr', 'admin']), '/api/audit-log'),
  row('GET /api/outbox', only(['admin']), '/api/outbox'),

  // Skills audit
  row('GET /api/audit/me', signedIn, '/api/audit/me'),
  row('PUT /api/audit/me/answers', signedIn, (w) => ({ path: '/api/audit/me/answers', body: { campaignId: w.campaignId, answers: allAnswers(w).slice(0, 3) } }), {
    restore: noAuditsInTheCampaign,
  }),
  row('POST /api/audit/me/submit', signedIn, (w) => ({ path: '/api/audit/me/submit', body: { campaignId: w.campaignId, answers: allAnswers(w) } }), {
    restore: noAuditsInTheCampaign,
  }),
  row('GET /api/audit/me/reports', signedIn, '/api/audit/me/reports'),
  row('GET /api/audit/reports/{responseId}', only(['staff', 'hr']), (w) => `/api/audit/reports/${w.samsReportId}`, { who: 'only Sam himself and HR' }),
  // Helen heads Housing, so she manages its team managers: a reporting line of her own.
  row('GET /api/audit/team', only(['lineManager', 'headOfService', 'hr']), '/api/audit/team'),
  row('GET /api/audit/champion-candidates', only(['digital', 'hr']), '/api/audit/champion-candidates'),
  row('GET /api/audit/settings', only(['hr', 'admin']), '/api/audit/settings'),
  row('PUT /api/audit/settings', only(['hr', 'admin']), '/api/audit/settings', {
    body: { ...DEFAULT_AUDIT_SETTINGS, managersSeeLevels: true },
    restore: settingsBack('/api/audit/settings', DEFAULT_AUDIT_SETTINGS),
  }),

  // Audit campaigns
  row('GET /api/audit/campaigns', only(['hr']), '/api/audit/campaigns'),
  row('POST /api/audit/campaigns', only(['hr']), (w) => ({
    path: '/api/audit/campaigns',
    body: { name: 'Housing spring audit', opensOn: '2027-03-01', closesOn: '2027-03-26', population: { kind: 'chosen', serviceIds: [w.housing], siteIds: [] }, reminderDays: [7, 1] },
  })),
  row('GET /api/audit/population-options', only(['hr']), '/api/audit/population-options'),
  row('GET /api/audit/campaigns/{id}', only(['hr']), (w) => `/api/audit/campaigns/${w.campaignId}`),
  row('GET /api/audit/campaigns/{id}/progress', only(['hr']), (w) => `/api/audit/campaigns/${w.campaignId}/progress`),
  row('POST /api/audit/campaigns/{id}/launch', only(['hr']), async (w) => `/api/audit/campaigns/${await freshCampaign(w, 'draft')}/launch`),
  row('POST /api/audit/campaigns/{id}/close', only(['hr']), async (w) => `/api/audit/campaigns/${await freshCampaign(w, 'launched')}/close`),

  // Skills framework
  row('GET /api/audit/framework', signedIn, '/api/audit/framework'),
  row('GET /api/audit/framework/versions', only(['hr']), '/api/audit/framework/versions'),
  row('GET /api/audit/framework/versions/{version}', only(['hr']), '/api/audit/framework/versions/1'),
  row('GET /api/audit/framework/export', only(['hr']), '/api/audit/framework/export?version=1'),
  // A dry run: a new version would change the framework every other row builds on.
  row('POST /api/audit/framework/versions', only(['hr']), '/api/audit/framework/versions?dryRun=true', {
    body: { ...DEFAULT_FRAMEWORK, note: 'Plainer wording throughout.' },
  }),

  // Learning resources
  row('GET /api/learning-resources', signedIn, '/api/learning-resources?includeArchived=true'),
  row('POST /api/learning-resources', only(['digital', 'hr']), '/api/learning-resources', { body: resourceInput }),
  row('PUT /api/learning-resources/{id}', only(['digital', 'hr']), async (w) => `/api/learning-resources/${await freshResource(w, false)}`, { body: resourceInput }),
  row('POST /api/learning-resources/{id}/archive', only(['digital', 'hr']), async (w) => `/api/learning-resources/${await freshResource(w, false)}/archive`),
  row('POST /api/learning-resources/{id}/restore', only(['digital', 'hr']), async (w) => `/api/learning-resources/${await freshResource(w, true)}/restore`),

  // Champion dashboards
  row('GET /api/champions/dashboard', only(['champion']), '/api/champions/dashboard'),
  row('GET /api/champions/overview', only(['digital']), '/api/champions/overview'),

  // How-to guides (the records are Priya's)
  row('GET /api/guides', signedIn, '/api/guides'),
  row('POST /api/guides', only(['champion', 'digital']), '/api/guides', { body: guideInput() }),
  row('GET /api/guides/mine', signedIn, '/api/guides/mine'),
  row('GET /api/guides/waiting', only(['digital']), '/api/guides/waiting'),
  row('GET /api/guides/for-skills', signedIn, '/api/guides/for-skills?categoryKeys=communicating'),
  row('POST /api/guides/preview', signedIn, '/api/guides/preview', { body: { bodyMarkdown: '## Share a file\n\nChoose **Share**, then copy the link.' } }),
  row('GET /api/guides/{id}', only(['champion', 'digital'], A_DRAFT_GUIDE), async (w) => `/api/guides/${await sharedDraftGuide(w)}`, {
    who: 'a draft: only its author and the digital team, hidden (404) from everyone else',
  }),
  row('PUT /api/guides/{id}', only(['champion', 'digital'], A_DRAFT_GUIDE), async (w) => `/api/guides/${await freshGuide(w, 'draft')}`, {
    body: guideInput('Sharing a file, step by step'),
    who: 'a draft: only its author and the digital team, hidden (404) from everyone else',
  }),
  row('POST /api/guides/{id}/submit', only(['champion'], { ...A_DRAFT_GUIDE, digital: 403 }), async (w) => `/api/guides/${await freshGuide(w, 'draft')}/submit`, {
    who: 'a draft: only its author; the digital team is refused, everyone else finds nothing (404)',
  }),
  row('POST /api/guides/{id}/publish', only(['digital']), async (w) => `/api/guides/${await freshGuide(w, 'submitted')}/publish`),
  row('POST /api/guides/{id}/return', only(['digital']), async (w) => `/api/guides/${await freshGuide(w, 'submitted')}/return`, {
    body: { comment: 'Add a screenshot of the Share button.' },
  }),
  row('POST /api/guides/{id}/archive', only(['digital']), async (w) => `/api/guides/${await freshGuide(w, 'published')}/archive`),

  // Help requests (Sam asks; Priya is the champion)
  row('GET /api/help-requests/settings', only(['digital', 'admin']), '/api/help-requests/settings'),
  row('PUT /api/help-requests/settings', only(['digital', 'admin']), '/api/help-requests/settings', {
    body: { ...DEFAULT_HELP_REQUEST_SETTINGS, maxOffers: 4 },
    restore: settingsBack('/api/help-requests/settings', DEFAULT_HELP_REQUEST_SETTINGS),
  }),
  row('GET /api/help-requests/settings/channels', only(['digital', 'admin']), '/api/help-requests/settings/channels'),
  row('GET /api/help-requests/suggest-category', signedIn, `/api/help-requests/suggest-category?text=${encodeURIComponent('How do I share my screen in Teams?')}`),
  row('GET /api/help-requests/mine', signedIn, '/api/help-requests/mine'),
  row('GET /api/help-requests/queue', only(['champion']), '/api/help-requests/queue'),
  row('POST /api/help-requests', signedIn, '/api/help-requests', { body: { question: 'How do I set up a shared calendar?', categoryKey: 'digital-at-work' } }),
  row('GET /api/help-requests/{id}', only(['staff', 'champion', 'digital'], SAMS_HELP_REQUEST), async (w) => `/api/help-requests/${await sharedHelpRequest(w)}`, {
    who: 'only Sam who asked, the champion it is offered to and the digital team, hidden (404) from everyone else',
  }),
  row('POST /api/help-requests/{id}/accept', only(['champion'], { ...SAMS_HELP_REQUEST, staff: 403, digital: 403 }), async (w) => `/api/help-requests/${await freshHelpRequest(w, 'offered')}/accept`, {
    who: 'only the champion it is offered to, hidden (404) from those who may not see it',
  }),
  row('POST /api/help-requests/{id}/pass', only(['champion'], { ...SAMS_HELP_REQUEST, staff: 403, digital: 403 }), async (w) => `/api/help-requests/${await freshHelpRequest(w, 'offered')}/pass`, {
    who: 'only the champion it is offered to, hidden (404) from those who may not see it',
  }),
  row('POST /api/help-requests/{id}/cancel', only(['staff'], { ...SAMS_HELP_REQUEST, champion: 403, digital: 403 }), async (w) => `/api/help-requests/${await freshHelpRequest(w, 'offered')}/cancel`, {
    who: 'only Sam who asked, hidden (404) from those who may not see it',
  }),
  row('POST /api/help-requests/{id}/resolve', only(['champion'], { ...SAMS_HELP_REQUEST, staff: 403, digital: 403 }), async (w) => `/api/help-requests/${await freshHelpRequest(w, 'claimed')}/resolve`, {
    body: { note: 'Showed Sam the Share button in the meeting bar.', minutesSpent: 15 },
    who: 'only the champion who took it, hidden (404) from those who may not see it',
  }),
  row('POST /api/help-requests/{id}/rate', only(['staff'], { ...SAMS_HELP_REQUEST, champion: 403, digital: 403 }), async (w) => `/api/help-requests/${await freshHelpRequest(w, 'resolved')}/rate`, {
    body: { rating: 5, comment: 'Quick and clear, thank you.' },
    who: 'only Sam who asked, hidden (404) from those who may not see it',
  }),

  // Support log (Priya's)
  row('GET /api/support-log', signedIn, '/api/support-log'),
  row('POST /api/support-log', only(['champion']), '/api/support-log', {
    body: { kind: 'one-to-one', happenedOn: TODAY, minutes: 30, peopleHelped: 1, categoryKeys: ['communicating'], note: 'Set up Teams on a new phone.' },
  }),
  row('GET /api/support-log/all', only(['digital', 'hr']), '/api/support-log/all'),
  row('DELETE /api/support-log/{id}', only(['champion']), async (w) => `/api/support-log/${await freshSupportSession(w)}`, { who: 'only the champion who logged it' }),

  // Drop-in sessions (Priya hosts)
  row('GET /api/drop-ins', signedIn, '/api/drop-ins'),
  row('POST /api/drop-ins', only(['champion']), (w) => ({ path: '/api/drop-ins', body: dropInInput(w) })),
  row('GET /api/drop-ins/hosted', signedIn, '/api/drop-ins/hosted'),
  row('GET /api/drop-ins/sites', signedIn, '/api/drop-ins/sites'),
  row('GET /api/drop-ins/{id}', signedIn, (w) => `/api/drop-ins/${w.dropInId}`),
  row('POST /api/drop-ins/{id}/register', signedIn, (w) => `/api/drop-ins/${w.dropInId}/register`),
  row('DELETE /api/drop-ins/{id}/registration', signedIn, async (w) => `/api/drop-ins/${await sharedBookedDropIn(w)}/registration`),
  row('POST /api/drop-ins/{id}/cancel', only(['champion', 'digital']), async (w) => `/api/drop-ins/${await freshDropIn(w, 'upcoming')}/cancel`, {
    body: { reason: 'The room is needed for a council meeting.' },
    who: 'only its host and the digital team',
  }),
  row('POST /api/drop-ins/{id}/log', only(['champion']), async (w) => `/api/drop-ins/${await freshDropIn(w, 'ended')}/log`, {
    body: { minutes: 60, peopleHelped: 4, note: 'Mostly questions about Teams.' },
    who: 'only its host',
  }),

  // Digital Champions
  row('GET /api/champions', signedIn, '/api/champions'),
  row('POST /api/champions/volunteer', signedIn, '/api/champions/volunteer', { body: { note: 'I like helping people with Excel.' }, restore: onlyPriyaAChampion }),
  row('POST /api/champions/invite', only(['digital', 'hr']), async (w) => ({ path: '/api/champions/invite', body: { personId: await freshColleague(w), note: 'Your audit shows you are confident in every category.' } })),
  // Nobody but Priya has a champion record: for them there is none to show or change.
  row('GET /api/champions/me', only(['champion'], { others: 404 }), '/api/champions/me', { who: 'only a champion; nobody else has a record (404)' }),
  row('PUT /api/champions/me/profile', only(['champion'], { others: 404 }), (w) => ({ path: '/api/champions/me/profile', body: championProfile(w) }), {
    who: 'only a champion; nobody else has a profile (404)',
  }),
  row('GET /api/champions/profile-choices', signedIn, '/api/champions/profile-choices'),
  // Everyone but Priya is invited first, so each answers an invitation of their own.
  row(
    'POST /api/champions/me/invitation',
    signedIn,
    async (w, role) => {
      if (role !== 'anonymous' && role !== 'champion') await inviteToBeAChampion(w, w.id[role]);
      return '/api/champions/me/invitation';
    },
    { body: { accept: false, note: 'Not this year, thank you.' }, restore: onlyPriyaAChampion, who: 'anyone signed in, answering their own invitation' },
  ),
  row('POST /api/champions/{personId}/approve', only(['digital', 'hr']), async (w) => `/api/champions/${await freshChampion(w, 'volunteered')}/approve`, { body: { note: 'Welcome aboard.' } }),
  row('POST /api/champions/{personId}/decline', only(['digital', 'hr']), async (w) => `/api/champions/${await freshChampion(w, 'volunteered')}/decline`, {
    body: { note: 'We have enough champions in Housing for now.' },
  }),
  row('POST /api/champions/{personId}/pause', only(['champion', 'digital', 'hr']), championAt('active', 'pause'), {
    body: { note: 'Busy with year end.' },
    restore: priyaBack,
    who: 'only the champion themselves, the digital team and HR',
  }),
  row('POST /api/champions/{personId}/resume', only(['champion', 'digital', 'hr']), championAt('paused', 'resume'), {
    body: {},
    restore: priyaBack,
    who: 'only the champion themselves, the digital team and HR',
  }),
  row('POST /api/champions/{personId}/step-down', only(['champion', 'digital', 'hr']), championAt('active', 'step-down'), {
    body: { note: 'Moving to another council.' },
    restore: priyaBack,
    who: 'only the champion themselves, the digital team and HR',
  }),
  row('GET /api/champions/{personId}', only(['champion', 'digital', 'hr']), (w) => `/api/champions/${w.id.champion}`, { who: 'only the champion themselves, the digital team and HR' }),

  // Champion matching
  row('GET /api/matching/me', signedIn, '/api/matching/me'),
  // Only Sam and Priya have a submitted audit; everyone else gets a 409, past authorisation.
  row('PUT /api/matching/opt-in', signedIn, '/api/matching/opt-in', {
    body: { inPerson: true, note: 'Mornings suit me best.' },
    restore: async (w) => {
      await w.db.deleteFrom('matching_opt_ins').where('person_id', 'in', Object.values(w.id)).execute();
    },
  }),
  row('DELETE /api/matching/opt-in', signedIn, '/api/matching/opt-in'),
  row('POST /api/matching/runs', only(['digital']), '/api/matching/runs', { body: {} }),
  row('GET /api/matching/runs/latest', only(['digital']), '/api/matching/runs/latest'),
  row('POST /api/matching/matches/{id}/decline', only(['staff', 'champion']), async (w) => `/api/matching/matches/${await freshMatch(w)}/decline`, {
    who: 'only its learner (Sam) and its champion',
  }),

  // Digital objectives (Sam's)
  row('GET /api/objectives/team', only(['lineManager', 'headOfService', 'hr']), '/api/objectives/team'),
  row('GET /api/objectives/export', only(['lineManager', 'headOfService', 'hr']), '/api/objectives/export?format=csv'),
  row('GET /api/appraisal-years', signedIn, '/api/appraisal-years'),
  row('POST /api/appraisal-years', only(['hr']), '/api/appraisal-years', { body: { startYear: 2031 } }),
  row('PATCH /api/appraisal-years/{yearId}', only(['hr']), (w) => `/api/appraisal-years/${w.yearId}`, {
    body: { agreeBy: '2026-07-15' },
    restore: async (w) => {
      await w.db.updateTable('appraisal_years').set({ agree_by: '2026-06-30' }).where('id', '=', w.yearId).execute();
    },
  }),
  row('GET /api/objectives/settings', signedIn, '/api/objectives/settings'),
  row('PUT /api/objectives/settings', only(['hr', 'admin']), '/api/objectives/settings', {
    body: { ...DEFAULT_OBJECTIVE_SETTINGS, checkInEveryDays: 60 },
    restore: settingsBack('/api/objectives/settings', DEFAULT_OBJECTIVE_SETTINGS),
  }),
  row('GET /api/objectives', signedIn, '/api/objectives'),
  row('POST /api/objectives', signedIn, '/api/objectives', { body: objectiveInput() }),
  // Only Sam has a gap in his latest audit; for everyone else it is a 422, past authorisation.
  row('POST /api/objectives/from-report', signedIn, '/api/objectives/from-report', { body: { statementKey: 'use-search-engine', reason: 'gap' } }),
  row('GET /api/objectives/{objectiveId}', only(['staff', 'lineManager', 'hr'], SAMS_OBJECTIVE), async (w) => `/api/objectives/${await sharedObjective(w)}`, {
    who: 'only Sam, his line manager and HR, hidden (404) from everyone else',
  }),
  row('PATCH /api/objectives/{objectiveId}', only(['staff'], { ...SAMS_OBJECTIVE, lineManager: 403, hr: 403 }), async (w) => `/api/objectives/${await samsObjective(w, 'draft')}`, {
    body: { title: 'A clearer title for this' },
    who: 'only Sam; his managers are refused, everyone else finds nothing (404)',
  }),
  row('POST /api/objectives/{objectiveId}/propose', only(['staff'], { ...SAMS_OBJECTIVE, lineManager: 403, hr: 403 }), async (w) => `/api/objectives/${await samsObjective(w, 'draft')}/propose`, {
    who: 'only Sam; his managers are refused, everyone else finds nothing (404)',
  }),
  row('POST /api/objectives/{objectiveId}/withdraw', only(['staff'], { ...SAMS_OBJECTIVE, lineManager: 403, hr: 403 }), async (w) => `/api/objectives/${await samsObjective(w, 'proposed')}/withdraw`, {
    body: {},
    who: 'only Sam; his managers are refused, everyone else finds nothing (404)',
  }),
  row('POST /api/objectives/{objectiveId}/agree', only(['lineManager', 'hr'], { ...SAMS_OBJECTIVE, staff: 403 }), async (w) => `/api/objectives/${await samsObjective(w, 'proposed')}/agree`, {
    body: {},
    who: 'only Sam’s line manager and HR; Sam is refused, everyone else finds nothing (404)',
  }),
  row('POST /api/objectives/{objectiveId}/return', only(['lineManager', 'hr'], { ...SAMS_OBJECTIVE, staff: 403 }), async (w) => `/api/objectives/${await samsObjective(w, 'proposed')}/return`, {
    body: { comment: 'Make it measurable.' },
    who: 'only Sam’s line manager and HR; Sam is refused, everyone else finds nothing (404)',
  }),
  row('POST /api/objectives/{objectiveId}/check-ins', only(['staff', 'lineManager', 'hr'], SAMS_OBJECTIVE), async (w) => `/api/objectives/${await samsObjective(w, 'agreed')}/check-ins`, {
    body: { note: 'Half way there.', progress: 50 },
    who: 'only Sam, his line manager and HR, hidden (404) from everyone else',
  }),
  row('POST /api/objectives/{objectiveId}/outcome', only(['lineManager', 'hr'], { ...SAMS_OBJECTIVE, staff: 403 }), async (w) => `/api/objectives/${await samsObjective(w, 'in-progress')}/outcome`, {
    body: { outcome: 'achieved', comment: 'Well done.' },
    who: 'only Sam’s line manager and HR; Sam is refused, everyone else finds nothing (404)',
  }),

  // Service plans (Housing's, which Helen heads)
  row('GET /api/service-plans', signedIn, '/api/service-plans'),
  row('GET /api/service-plans/compliance', only(['policy', 'hr', 'admin']), '/api/service-plans/compliance'),
  row('POST /api/service-plans/compliance/reminders', only(['policy']), '/api/service-plans/compliance/reminders', { body: {} }),
  row('GET /api/service-plans/{serviceId}', signedIn, (w) => `/api/service-plans/${w.housing}`),
  row('PUT /api/service-plans/{serviceId}', only(['headOfService', 'policy']), (w) => `/api/service-plans/${w.housing}`, {
    body: { summary: 'Tenants do more of their business with us online.' },
    who: 'only the head of that service and the policy team',
  }),
  row('POST /api/service-plans/{serviceId}/items', only(['headOfService', 'policy']), (w) => ({ path: `/api/service-plans/${w.housing}/items`, body: itemInput(w.id.headOfService) }), {
    who: 'only the head of that service and the policy team',
  }),
  row('PATCH /api/service-plans/{serviceId}/items/{itemId}', only(['headOfService', 'policy']), async (w) => `/api/service-plans/${w.housing}/items/${await freshPlanItem(w)}`, {
    body: { status: 'at-risk' },
    who: 'only the head of that service and the policy team',
  }),
  row('DELETE /api/service-plans/{serviceId}/items/{itemId}', only(['headOfService', 'policy']), async (w) => `/api/service-plans/${w.housing}/items/${await freshPlanItem(w)}`, {
    who: 'only the head of that service and the policy team',
  }),

  // Digital projects register
  row('GET /api/projects', signedIn, '/api/projects'),
  row('POST /api/projects', only(['digital']), (w, role) => ({ path: '/api/projects', body: projectInput(w.housing, w.id.headOfService, { name: `Repairs portal for ${role}` }) })),
  row('GET /api/projects/services', signedIn, '/api/projects/services'),
  row('GET /api/projects/{projectId}', signedIn, (w) => `/api/projects/${w.projectId}`),
  row('PATCH /api/projects/{projectId}', only(['digital']), (w) => `/api/projects/${w.projectId}`, { body: { rag: 'amber' } }),
  row('PUT /api/projects/{projectId}/members/{personId}', only(['digital']), (w) => `/api/projects/${w.projectId}/members/${w.id.staff}`, { body: { role: 'Business analyst' } }),
  row('DELETE /api/projects/{projectId}/members/{personId}', only(['digital']), async (w) => `/api/projects/${await freshProjectWithSam(w)}/members/${w.id.staff}`),
  row('PUT /api/projects/{projectId}/follow', signedIn, (w) => `/api/projects/${w.projectId}/follow`),
  row('DELETE /api/projects/{projectId}/follow', signedIn, (w) => `/api/projects/${w.projectId}/follow`),

  // Privacy
  // The privacy notice states these numbers to anyone.
  row('GET /api/retention-settings', everyone, '/api/retention-settings'),
  row('PUT /api/retention-settings', only(['hr', 'admin']), '/api/retention-settings', {
    body: { ...DEFAULT_RETENTION_SETTINGS, leaverMonths: 18 },
    restore: settingsBack('/api/retention-settings', DEFAULT_RETENTION_SETTINGS),
  }),
  row('GET /api/leavers', only(['hr']), '/api/leavers'),
  row('GET /api/me/data', signedIn, '/api/me/data?format=json'),
  row('GET /api/people/{id}/data', only(['staff', 'hr']), (w) => `/api/people/${w.id.staff}/data?format=json`, { who: 'only Sam himself and HR' }),
  row('POST /api/people/{id}/erasure', only(['hr']), async (w) => {
    const leaver = await freshLeaver(w);
    return { path: `/api/people/${leaver.id}/erasure`, body: { confirmName: leaver.name } };
  }),

  // Local sign-in: public by nature, and mounted only in local mode.
  row('GET /api/dev/personas', everyone, '/api/dev/personas'),
  row('POST /api/dev/sign-in', everyone, (w, role) => ({ path: '/api/dev/sign-in', body: { personId: w.id[role === 'anonymous' ? 'staff' : role] } })),
  // Each signs out of a session of its own, so the cast stays signed in for the rows after.
  row('POST /api/dev/sign-out', everyone, async (w, role) => ({
    path: '/api/dev/sign-out',
    ...(role === 'anonymous' ? {} : { cookie: await signInAs(w.baseUrl, w.id[role]) }),
  })),
];
