import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** Service plans, the policy team's compliance view and its reminders. */
export function servicePlanParts(input: CapabilityInput): CapabilityParts {
  void input;
  return {};
}
