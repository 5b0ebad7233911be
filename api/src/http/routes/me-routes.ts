import { Me } from '../../contracts/me.js';
import { getMe, type GetMeDeps } from '../../domain/directory/get-me.js';
import { defineRoute } from '../route.js';

export function meRoutes(deps: GetMeDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/me',
      tag: 'Me',
      summary: 'Who I am, my roles, what is waiting for me and the pages I can use',
      access: 'signed-in',
      response: Me,
      handle: ({ actor }) => getMe(deps, actor),
    }),
  ];
}
