import {
  Campaign,
  CampaignIdParams,
  CampaignInput,
  CampaignList,
  CampaignProgress,
  PopulationOptions,
} from '../../contracts/audit-campaigns.js';
import type { CampaignDeps } from '../../domain/audit/campaigns/campaign-deps.js';
import { getCampaignProgress } from '../../domain/audit/campaigns/campaign-progress.js';
import { getCampaign, getPopulationOptions, listCampaigns } from '../../domain/audit/campaigns/campaign-queries.js';
import { closeCampaign } from '../../domain/audit/campaigns/close-campaign.js';
import { createCampaign } from '../../domain/audit/campaigns/create-campaign.js';
import { launchCampaign } from '../../domain/audit/campaigns/launch-campaign.js';
import { defineRoute } from '../route.js';

const TAG = 'Audit campaigns';

export function auditCampaignRoutes(deps: CampaignDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit/campaigns',
      tag: TAG,
      summary: 'Every skills audit campaign, newest first',
      description: 'HR only.',
      access: 'signed-in',
      response: CampaignList,
      problems: [403],
      handle: ({ actor }) => listCampaigns(deps, actor),
    }),
    defineRoute({
      method: 'post',
      path: '/api/audit/campaigns',
      tag: TAG,
      summary: 'Create a campaign (a draft: nobody is invited until it is launched)',
      description:
        'The campaign uses the current skills framework. Dates are UK calendar dates: it opens today or later and closes on or after it opens. ' +
        'A chosen population names at least one service or site, each in the directory, with someone active in them. HR only.',
      access: 'signed-in',
      body: CampaignInput,
      response: Campaign,
      problems: [403, 409, 422],
      handle: ({ actor, body }) => createCampaign(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/population-options',
      tag: TAG,
      summary: 'The services and sites a campaign can invite, with how many people each has',
      description: 'HR only.',
      access: 'signed-in',
      response: PopulationOptions,
      problems: [403],
      handle: ({ actor }) => getPopulationOptions(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/campaigns/:id',
      tag: TAG,
      summary: 'One campaign',
      description: 'HR only.',
      access: 'signed-in',
      params: CampaignIdParams,
      response: Campaign,
      problems: [403, 404],
      handle: ({ actor, params }) => getCampaign(deps, actor, params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/campaigns/:id/progress',
      tag: TAG,
      summary: 'How the campaign’s bot messages are going',
      description:
        'Per step (the invitation, each reminder): messages pending, sent, failed, unreachable and skipped, and how long the pending ones should take ' +
        'at the sending rate; everyone the bot could not reach or gave up on, with the reason. HR only.',
      access: 'signed-in',
      params: CampaignIdParams,
      response: CampaignProgress,
      problems: [403, 404],
      handle: ({ actor, params }) => getCampaignProgress(deps, actor, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/audit/campaigns/:id/launch',
      tag: TAG,
      summary: 'Launch a campaign: fix who is in it and invite them through the bot',
      description:
        'The population is taken as the directory has it now. Invitations go out in the background from 9am UK time on the opening day ' +
        '(or at once, if that has passed), within Teams’ rate limit. A campaign is launched once: again answers 409. HR only.',
      access: 'signed-in',
      params: CampaignIdParams,
      response: Campaign,
      problems: [403, 404, 409],
      handle: ({ actor, params }) => launchCampaign(deps, actor, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/audit/campaigns/:id/close',
      tag: TAG,
      summary: 'Close a launched campaign early',
      description: 'No more answers are taken and messages not yet sent are skipped. HR only.',
      access: 'signed-in',
      params: CampaignIdParams,
      response: Campaign,
      problems: [403, 404, 409],
      handle: ({ actor, params }) => closeCampaign(deps, actor, params.id),
    }),
  ];
}
