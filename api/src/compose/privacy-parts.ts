import { createErasureRepository } from '../db/erasure-repository.js';
import { createPersonalDataRepository } from '../db/personal-data-repository.js';
import { privacyRoutes } from '../http/routes/privacy-routes.js';
import type { AnyRoute } from '../http/route.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** People's rights over their data: downloading it, and erasure. */
export function privacyParts(input: CapabilityInput): CapabilityParts & { routes: AnyRoute[] } {
  return {
    routes: privacyRoutes({
      personalData: createPersonalDataRepository(input.db),
      erasure: createErasureRepository(input.db),
      directory: input.directory,
      clock: input.clock,
    }),
  };
}
