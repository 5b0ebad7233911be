import { Me, Waiting } from '../../contracts/me.js';
import { getMe, getWaiting, type GetMeDeps } from '../../domain/directory/get-me.js';
import { AppError } from '../../domain/shared/app-error.js';
import { signedInPerson } from '../authenticate.js';
import { defineRoute } from '../route.js';

export function meRoutes(deps: GetMeDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/me',
      tag: 'Me',
      summary: 'Who I am, my roles and the pages I can use',
      access: 'signed-in',
      response: Me,
      handle: async ({ actor, res }) => {
        const person = signedInPerson(res);
        if (!person) throw AppError.notFound('Your directory entry');
        return getMe(deps, actor, person);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/waiting',
      tag: 'Me',
      summary: 'What is waiting for me: the reminders Home shows',
      access: 'signed-in',
      response: Waiting,
      handle: ({ actor }) => getWaiting(deps, actor),
    }),
  ];
}
