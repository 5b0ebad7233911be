import { z } from 'zod';
import type { Response } from 'express';
import { PeoplePage, PeopleSearchQuery, PersonIdParams } from '../../contracts/people.js';
import type { DirectoryRepository } from '../../domain/directory/directory-repository.js';
import { listLeavers } from '../../domain/privacy/list-leavers.js';
import { ErasureBody, PersonalDataFormat, RetentionSettings, type PersonalDataExport } from '../../contracts/privacy.js';
import { getRetentionSettings, updateRetentionSettings, type RetentionDeps } from '../../domain/privacy/retention.js';
import { erasePerson, type ErasureDeps } from '../../domain/privacy/erase-person.js';
import { downloadMyData, downloadPersonData, type PersonalDataDeps } from '../../domain/privacy/personal-data.js';
import { asAttachment } from '../downloads/attachment.js';
import { personalDataHtml } from '../downloads/personal-data-html.js';
import { defineRoute } from '../route.js';

const TAG = 'Privacy';
const FORMATS = ['text/html', 'application/json'] as const;

function fileStem(data: PersonalDataExport): string {
  const name = data.person.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
  return `digital-culture-hub-data-${name}-${data.generatedAt.slice(0, 10)}`;
}

function send(res: Response, data: PersonalDataExport, format: 'html' | 'json'): undefined {
  asAttachment(res, `${fileStem(data)}.${format}`);
  if (format === 'json') res.status(200).type('application/json').send(JSON.stringify(data, null, 2));
  else res.status(200).type('text/html').send(personalDataHtml(data));
  return undefined;
}

export function privacyRoutes(
  deps: PersonalDataDeps & ErasureDeps & Pick<RetentionDeps, 'settings'> & { directory: Pick<DirectoryRepository, 'findPerson' | 'searchPeople'> },
) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/retention-settings',
      tag: TAG,
      summary: 'How long the hub keeps leavers’ data and its audit log',
      description: 'Public: the privacy notice states these numbers.',
      access: 'public',
      response: RetentionSettings,
      handle: () => getRetentionSettings(deps),
    }),
    defineRoute({
      method: 'put',
      path: '/api/retention-settings',
      tag: TAG,
      summary: 'Change how long the hub keeps leavers’ data and its audit log (HR, administrators)',
      description: 'Leavers are erased automatically each night once the months have passed since they left. Written to the audit log.',
      access: 'signed-in',
      // Checked field by field in the use case, so every problem comes back as a 422 naming its field.
      body: z.record(z.string(), z.unknown()).meta({ id: 'RetentionSettingsBody', description: 'A RetentionSettings object: leaverMonths, auditLogMonths' }),
      response: RetentionSettings,
      problems: [403, 422],
      handle: ({ actor, body }) => updateRetentionSettings(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/leavers',
      tag: TAG,
      summary: 'Find leavers whose data HR may download or erase',
      description: 'People the directory marks as leavers, by name, e-mail address or job title; those already erased are not listed. HR only.',
      access: 'signed-in',
      query: PeopleSearchQuery,
      response: PeoplePage,
      problems: [403],
      handle: ({ actor, query }) => listLeavers(deps, actor, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/data',
      tag: TAG,
      summary: 'Download everything the hub holds about you',
      description:
        'Your directory entry, skills audits and answers, objectives and their history, help requests asked and answered, support sessions, ' +
        'drop-ins, matches, and who read your records: as a document to read (`html`) or for a computer (`json`). Written to the audit log.',
      access: 'signed-in',
      query: PersonalDataFormat,
      download: FORMATS,
      handle: async ({ actor, query, res }) => send(res, await downloadMyData(deps, actor), query.format),
    }),
    defineRoute({
      method: 'get',
      path: '/api/people/:id/data',
      tag: TAG,
      summary: 'Download everything the hub holds about a person (HR)',
      description: 'The same as `GET /api/me/data`, for a request made on paper. HR only; written to the audit log.',
      access: 'signed-in',
      params: PersonIdParams,
      query: PersonalDataFormat,
      download: FORMATS,
      problems: [403, 404],
      handle: async ({ actor, params, query, res }) => send(res, await downloadPersonData(deps, actor, params.id), query.format),
    }),
    defineRoute({
      method: 'post',
      path: '/api/people/:id/erasure',
      tag: TAG,
      summary: 'Erase a leaver’s data (HR)',
      description:
        'In one transaction: their name, e-mail address and job title, what they wrote (help requests, notes, objectives), their sign-in ' +
        'identity, chats with the bot and roles are removed; what they counted towards stays, as “Erased person”. `confirmName` must be their ' +
        'name. Only leavers (409 otherwise). The audit log records that the erasure happened and who made it, not what was erased.',
      access: 'signed-in',
      params: PersonIdParams,
      body: ErasureBody,
      problems: [403, 404, 409, 422],
      handle: async ({ actor, params, body }) => {
        await erasePerson(deps, actor, params.id, body);
        return undefined;
      },
    }),
  ];
}
