import type { Clock } from '../../shared/clock.js';
import type { FrameworkRepository } from '../framework-repository.js';
import type { CampaignRepository } from './campaign-repository.js';

/** The background sending, as HR's use cases see it. */
export interface CampaignSendingControl {
  /** Asks the sender to look for due messages now, rather than at its next scheduled look. */
  kick(): void;
  /** Messages a second this server sends at most. */
  readonly ratePerSecond: number;
}

/** What HR's campaign use cases need. */
export interface CampaignDeps {
  campaigns: CampaignRepository;
  frameworks: Pick<FrameworkRepository, 'current'>;
  clock: Clock;
  sending: CampaignSendingControl;
}
