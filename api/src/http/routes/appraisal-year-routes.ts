import {
  AppraisalYear,
  AppraisalYearIdParams,
  AppraisalYearList,
  CreateAppraisalYearBody,
  UpdateAppraisalYearBody,
} from '../../contracts/objectives.js';
import { createAppraisalYear } from '../../domain/objectives/appraisal-years/create-appraisal-year.js';
import { listAppraisalYears } from '../../domain/objectives/appraisal-years/list-appraisal-years.js';
import { updateAppraisalYear } from '../../domain/objectives/appraisal-years/update-appraisal-year.js';
import type { ObjectiveDeps } from '../../domain/objectives/objective-deps.js';
import { defineRoute } from '../route.js';

const TAG = 'Appraisal years';

export function appraisalYearRoutes(deps: ObjectiveDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/appraisal-years',
      tag: TAG,
      summary: 'Every appraisal year, newest first',
      description: 'Anyone signed in: pages filter by year. Only HR changes them.',
      access: 'signed-in',
      response: AppraisalYearList,
      handle: () => listAppraisalYears(deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/appraisal-years',
      tag: TAG,
      summary: 'Add an appraisal year',
      description:
        'HR only. Dated from the calendar year it starts in and the settings’ yearStartMonth (April 2026 runs to 31 March 2027, "2026/27"); ' +
        'agreeBy defaults to the end of its third month. It starts as planned. A year starting on the same day, or overlapping another, is refused (409).',
      access: 'signed-in',
      body: CreateAppraisalYearBody,
      response: AppraisalYear,
      problems: [403, 409, 422],
      handle: ({ actor, body }) => createAppraisalYear(deps, actor, body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/appraisal-years/:yearId',
      tag: TAG,
      summary: 'Change an appraisal year’s agree-by date, or open, close or reopen it',
      description: 'HR only. planned → open → closed, and closed → open. Only one year is open at a time: opening another is refused (409) naming the open one.',
      access: 'signed-in',
      params: AppraisalYearIdParams,
      body: UpdateAppraisalYearBody,
      response: AppraisalYear,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => updateAppraisalYear(deps, actor, params.yearId, body),
    }),
  ];
}
