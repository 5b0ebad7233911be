import { z } from 'zod';

/** Audit campaigns: HR's named cycles, who they invite, and how the bot's messages are going. */

export const CampaignStatus = z.enum(['draft', 'launched', 'closed']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const Population = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('everyone') }),
    z.object({
      kind: z.literal('chosen'),
      serviceIds: z.array(z.uuid()).max(200),
      siteIds: z.array(z.uuid()).max(200),
    }),
  ])
  .describe('Everyone in the directory, or the people in the chosen services and at the chosen sites')
  .meta({ id: 'Population' });
export type Population = z.infer<typeof Population>;

export const CampaignInput = z
  .object({
    name: z.string().trim().min(3).max(120),
    opensOn: z.iso.date(),
    closesOn: z.iso.date(),
    population: Population,
    reminderDays: z
      .array(z.number().int().min(1).max(60))
      .max(5)
      .describe('Days before closing on which people who have not finished are reminded'),
  })
  .meta({ id: 'CampaignInput' });
export type CampaignInput = z.infer<typeof CampaignInput>;

export const MessageCounts = z
  .object({
    pending: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    unreachable: z.number().int(),
    skipped: z.number().int().describe('Reminders not needed because the person had already submitted'),
  })
  .meta({ id: 'MessageCounts' });
export type MessageCounts = z.infer<typeof MessageCounts>;

export const Campaign = z
  .object({
    id: z.uuid(),
    name: z.string(),
    opensOn: z.iso.date(),
    closesOn: z.iso.date(),
    status: CampaignStatus,
    open: z.boolean().describe('Launched, and today is between the open and close dates'),
    population: Population,
    populationLabel: z.string().describe('Plain words: "Everyone", "Housing and Waste at Civic Centre"'),
    reminderDays: z.array(z.number().int()),
    frameworkVersion: z.number().int(),
    members: z.number().int(),
    submitted: z.number().int(),
    inProgress: z.number().int(),
    launchedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

export const CampaignList = z.object({ items: z.array(Campaign) }).meta({ id: 'CampaignList' });
export type CampaignList = z.infer<typeof CampaignList>;

export const CampaignStep = z
  .object({
    step: z.string().describe('"invitation", or "reminder-7" for the reminder 7 days before closing'),
    label: z.string(),
    dueOn: z.iso.date(),
    counts: MessageCounts,
    etaSeconds: z.number().nullable().describe('How long the pending messages should take at the current sending rate'),
  })
  .meta({ id: 'CampaignStep' });
export type CampaignStep = z.infer<typeof CampaignStep>;

export const FailedMessage = z
  .object({
    person: z.object({ id: z.uuid(), displayName: z.string() }),
    step: z.string(),
    status: z.enum(['failed', 'unreachable']),
    reason: z.string(),
    attempts: z.number().int(),
  })
  .meta({ id: 'FailedMessage' });
export type FailedMessage = z.infer<typeof FailedMessage>;

/** What HR watches while a campaign runs. */
export const CampaignProgress = z
  .object({
    campaign: Campaign,
    steps: z.array(CampaignStep),
    problems: z.array(FailedMessage).describe('Everyone the bot could not reach or gave up on, with the reason'),
    ratePerSecond: z.number(),
  })
  .meta({ id: 'CampaignProgress' });
export type CampaignProgress = z.infer<typeof CampaignProgress>;

export const CampaignIdParams = z.object({ id: z.uuid() });

/** A service or site HR can choose for a campaign's population, with how many active people it has. */
export const PopulationChoice = z
  .object({ id: z.uuid(), name: z.string(), people: z.number().int() })
  .meta({ id: 'PopulationChoice' });
export type PopulationChoice = z.infer<typeof PopulationChoice>;

/** What the campaign form offers: every service and site, and how many people "everyone" is. */
export const PopulationOptions = z
  .object({
    everyone: z.number().int().describe('Active people in the directory'),
    services: z.array(PopulationChoice),
    sites: z.array(PopulationChoice),
  })
  .meta({ id: 'PopulationOptions' });
export type PopulationOptions = z.infer<typeof PopulationOptions>;
