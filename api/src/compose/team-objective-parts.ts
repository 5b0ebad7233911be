import type { ObjectiveDeps } from '../domain/objectives/objective-deps.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** The manager's view of their reporting line, the export, and what waits on Home. */
export function teamObjectiveParts(input: CapabilityInput, objectives: ObjectiveDeps): CapabilityParts {
  void input;
  void objectives;
  return {};
}
