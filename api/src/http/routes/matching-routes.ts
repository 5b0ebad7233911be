import { LatestMatchRun, MatchIdParams, MatchRun, MyMatch, MyMatching, OptInBody, RunMatchingBody } from '../../contracts/matching.js';
import { declineMatch } from '../../domain/champions/matching/decline-match.js';
import { getLatestRun } from '../../domain/champions/matching/get-latest-run.js';
import { getMyMatching } from '../../domain/champions/matching/get-my-matching.js';
import type { MatchingDeps } from '../../domain/champions/matching/matching-deps.js';
import { optIn, optOut } from '../../domain/champions/matching/opt-in.js';
import { runMatching } from '../../domain/champions/matching/run-matching.js';
import { defineRoute } from '../route.js';

const TAG = 'Champion matching';

export function matchingRoutes(deps: MatchingDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/matching/me',
      tag: TAG,
      summary: 'My matching: whether I have asked, my champion with a chat link, and (for champions) the people matched with me',
      access: 'signed-in',
      response: MyMatching,
      handle: ({ actor }) => getMyMatching(deps, actor),
    }),
    defineRoute({
      method: 'put',
      path: '/api/matching/opt-in',
      tag: TAG,
      summary: 'Ask to be matched with a Digital Champion (or change how I would like help)',
      description: 'Needs a submitted skills audit: without one the answer is 409 and nothing is saved.',
      access: 'signed-in',
      body: OptInBody,
      response: MyMatching,
      problems: [409, 422],
      handle: ({ actor, body }) => optIn(deps, actor, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/matching/opt-in',
      tag: TAG,
      summary: 'Stop asking to be matched; a champion I already have stays until one of us declines',
      access: 'signed-in',
      response: MyMatching,
      handle: ({ actor }) => optOut(deps, actor),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matching/runs',
      tag: TAG,
      summary: 'Match every waiting learner with a champion, and tell both sides through the bot',
      description:
        'Digital team only. The body may change the weights for this run. Every match has its explanation; every learner left unmatched is listed with the reason. Two runs at once are taken one after the other.',
      access: 'signed-in',
      body: RunMatchingBody,
      response: MatchRun,
      problems: [403, 422],
      handle: ({ actor, body }) => runMatching(deps, actor, body ?? {}),
    }),
    defineRoute({
      method: 'get',
      path: '/api/matching/runs/latest',
      tag: TAG,
      summary: 'The latest matching run, with each match as it stands now, and how many learners wait for the next',
      description: 'Digital team only. Each learner shown is written to the audit log.',
      access: 'signed-in',
      response: LatestMatchRun,
      problems: [403],
      handle: ({ actor }) => getLatestRun(deps, actor),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matching/matches/:id/decline',
      tag: TAG,
      summary: 'Decline a match (the learner or the champion of it); the other side is told',
      access: 'signed-in',
      params: MatchIdParams,
      response: MyMatch,
      problems: [403, 404, 409],
      handle: ({ actor, params }) => declineMatch(deps, actor, params.id),
    }),
  ];
}
