import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** The digital projects register: curated by the digital team, browsed and followed by anyone. */
export function projectRegisterParts(input: CapabilityInput): CapabilityParts {
  void input;
  return {};
}
