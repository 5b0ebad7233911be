import type { Clock } from '../shared/clock.js';
import type { ProjectRepository } from './project-repository.js';

/** What the register's use cases need. */
export interface ProjectDeps {
  projects: ProjectRepository;
  clock: Clock;
}
