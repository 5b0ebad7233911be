import type { FrameworkRepository } from '../../audit/framework-repository.js';
import type { Clock } from '../../shared/clock.js';
import type { GuideRepository } from './guide-repository.js';

export interface GuideDeps {
  guides: GuideRepository;
  frameworks: Pick<FrameworkRepository, 'current'>;
  clock: Clock;
}
