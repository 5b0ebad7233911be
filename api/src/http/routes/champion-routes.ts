import { z } from 'zod';
import {
  ChampionIdParams,
  ChampionList,
  ChampionListQuery,
  ChampionProfile,
  ChampionProfileChoices,
  ChampionStatusChange,
  InvitationAnswerBody,
  InviteChampionBody,
  StatusChangeBody,
} from '../../contracts/champions.js';
import { pauseChampion, resumeChampion, stepDown } from '../../domain/champions/lifecycle/change-availability.js';
import type { ChampionDeps } from '../../domain/champions/lifecycle/champion-deps.js';
import { getChampionProfile, getMyChampionRecord } from '../../domain/champions/lifecycle/champion-profile.js';
import { inviteChampion } from '../../domain/champions/lifecycle/invite-champion.js';
import { listChampions } from '../../domain/champions/lifecycle/list-champions.js';
import { respondToInvitation } from '../../domain/champions/lifecycle/respond-to-invitation.js';
import { approveChampion, declineChampion } from '../../domain/champions/lifecycle/review-volunteer.js';
import { getProfileChoices, updateMyProfile } from '../../domain/champions/lifecycle/update-my-profile.js';
import { volunteerAsChampion } from '../../domain/champions/lifecycle/volunteer-as-champion.js';
import type { Actor } from '../../domain/shared/actor.js';
import { defineRoute } from '../route.js';

const TAG = 'Digital Champions';

/** Checked field by field in the use case, so every problem comes back as a 422 naming its field. */
const ProfileBody = z
  .record(z.string(), z.unknown())
  .meta({ id: 'ChampionProfileBody', description: 'A ChampionProfileInput: specialisms, siteId, serviceId, workingDays, capacity, about' });

type StatusMove = (deps: ChampionDeps, actor: Actor, personId: string, body: StatusChangeBody) => Promise<ChampionStatusChange>;

const MOVES: Array<{ path: string; summary: string; description: string; run: StatusMove }> = [
  { path: 'approve', summary: 'Approve a volunteer: they become an active champion', description: 'Digital team only. Only a volunteer waiting for approval can be approved (409 otherwise, with the reason).', run: approveChampion },
  { path: 'decline', summary: 'Do not take a volunteer forward', description: 'Digital team only. Only a volunteer waiting for approval can be declined (409 otherwise).', run: declineChampion },
  { path: 'pause', summary: 'Pause an active champion: they are offered nothing until resumed', description: 'The champion themselves or the digital team.', run: pauseChampion },
  { path: 'resume', summary: 'Resume a paused champion', description: 'The champion themselves or the digital team.', run: resumeChampion },
  { path: 'step-down', summary: 'Step down an active or paused champion', description: 'The champion themselves or the digital team. They can volunteer or be invited again later.', run: stepDown },
];

export function championRoutes(deps: ChampionDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/champions',
      tag: TAG,
      summary: 'Digital Champions: everyone sees active champions to find one; the digital team and HR see every record',
      description:
        'Others see name, service, site, specialisms, strengths and about. The digital team and HR can filter by status and get counts per status; strengths of people who are not champions yet are audit-logged.',
      access: 'signed-in',
      query: ChampionListQuery,
      response: ChampionList,
      handle: ({ actor, query }) => listChampions(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/champions/volunteer',
      tag: TAG,
      summary: 'Volunteer to be a Digital Champion',
      description: 'Anyone who is not a champion, a volunteer or invited already (409 otherwise, with the reason). The digital team then approves or declines.',
      access: 'signed-in',
      body: StatusChangeBody,
      response: ChampionStatusChange,
      problems: [409],
      handle: ({ actor, body }) => volunteerAsChampion(deps, actor, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/champions/invite',
      tag: TAG,
      summary: 'Invite a colleague to be a Digital Champion; the bot sends them the invitation',
      description: 'Digital team only. Not someone who is active, paused, volunteered or invited already (409, with the reason). `personTold` says whether the bot reached them.',
      access: 'signed-in',
      body: InviteChampionBody,
      response: ChampionStatusChange,
      problems: [403, 404, 409],
      handle: ({ actor, body }) => inviteChampion(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/champions/me',
      tag: TAG,
      summary: 'My champion record: status, profile, strengths and history',
      description: '404 when I have never volunteered or been invited.',
      access: 'signed-in',
      response: ChampionProfile,
      problems: [404],
      handle: ({ actor }) => getMyChampionRecord(deps, actor),
    }),
    defineRoute({
      method: 'put',
      path: '/api/champions/me/profile',
      tag: TAG,
      summary: 'Change my champion profile',
      description: 'Every field is required. A problem, including a site or service not in the directory, is a 422 naming the field; nothing is saved.',
      access: 'signed-in',
      body: ProfileBody,
      response: ChampionProfile,
      problems: [404, 409, 422],
      handle: ({ actor, body }) => updateMyProfile(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/champions/profile-choices',
      tag: TAG,
      summary: 'The sites and services a champion can choose for their profile',
      access: 'signed-in',
      response: ChampionProfileChoices,
      handle: () => getProfileChoices(deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/champions/me/invitation',
      tag: TAG,
      summary: 'Answer my invitation to be a Digital Champion',
      description: 'Accepting makes me an active champion at once. 409 when there is no invitation to answer.',
      access: 'signed-in',
      body: InvitationAnswerBody,
      response: ChampionStatusChange,
      problems: [409],
      handle: ({ actor, body }) => respondToInvitation(deps, actor, body),
    }),
    ...MOVES.map((move) =>
      defineRoute({
        method: 'post',
        path: `/api/champions/:personId/${move.path}`,
        tag: TAG,
        summary: move.summary,
        description: `${move.description} The change and who made it are kept in the champion’s history.`,
        access: 'signed-in',
        params: ChampionIdParams,
        body: StatusChangeBody,
        response: ChampionStatusChange,
        problems: [403, 404, 409],
        handle: ({ actor, params, body }) => move.run(deps, actor, params.personId, body),
      }),
    ),
  ];
}

/**
 * GET /api/champions/:personId would also catch other routers' /api/champions/<word>
 * pages (the dashboard, the overview), so it is mounted after every other route.
 */
export function championRecordRoutes(deps: ChampionDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/champions/:personId',
      tag: TAG,
      summary: 'A champion’s full record: profile, strengths and history',
      description: 'The champion themselves, the digital team and HR; reads of someone else’s record are audit-logged.',
      access: 'signed-in',
      params: ChampionIdParams,
      response: ChampionProfile,
      problems: [403, 404],
      handle: ({ actor, params }) => getChampionProfile(deps, actor, params.personId),
    }),
  ];
}
