import type { CampaignProgress, CampaignStep } from '../../../contracts/audit-campaigns.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { CampaignDeps } from './campaign-deps.js';
import { requireCampaignRunner, scheduleOf, toCampaignDto } from './campaign-dto.js';
import type { StepTally } from './campaign-repository.js';
import { plannedSteps, stepLabel } from './plan-campaign-messages.js';

type ProgressDeps = Pick<CampaignDeps, 'campaigns' | 'clock' | 'sending'>;

const NO_MESSAGES: Omit<StepTally, 'step'> = { pending: 0, dueNow: 0, sent: 0, failed: 0, unreachable: 0, skipped: 0 };

/** Seconds the messages due now should take at the sending rate; null when none is waiting. */
function etaSeconds(tally: Omit<StepTally, 'step'>, ratePerSecond: number): number | null {
  return tally.dueNow === 0 ? null : Math.ceil(tally.dueNow / ratePerSecond);
}

/**
 * How a campaign's messages are going, step by step, for HR to watch while it runs: what
 * is sent, what is waiting (and how long it should take), and everyone the bot could not
 * reach or gave up on, with the reason.
 */
export async function getCampaignProgress(deps: ProgressDeps, actor: Actor, id: string): Promise<CampaignProgress> {
  requireCampaignRunner(actor, 'follow audit campaigns');
  const now = deps.clock.now();
  const record = await deps.campaigns.find(id);
  if (!record) throw AppError.notFound('The campaign');
  const [tallies, problems, places] = await Promise.all([
    deps.campaigns.stepTallies(id, now),
    deps.campaigns.problems(id),
    deps.campaigns.placeNames(),
  ]);

  const rate = deps.sending.ratePerSecond;
  const planned = plannedSteps(scheduleOf(record));
  // Steps already written that the schedule no longer lists (none today) still show.
  const unplanned = tallies.filter((tally) => !planned.some((step) => step.step === tally.step));
  const steps: CampaignStep[] = [...planned.map((step) => ({ step: step.step, dueOn: step.dueOn })), ...unplanned.map((tally) => ({ step: tally.step, dueOn: record.closesOn }))].map(
    ({ step, dueOn }) => {
      const tally = tallies.find((candidate) => candidate.step === step) ?? NO_MESSAGES;
      const { pending, sent, failed, unreachable, skipped } = tally;
      return { step, label: stepLabel(step), dueOn, counts: { pending, sent, failed, unreachable, skipped }, etaSeconds: etaSeconds(tally, rate) };
    },
  );

  return { campaign: toCampaignDto(record, places, now), steps, problems, ratePerSecond: rate };
}
