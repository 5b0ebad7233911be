import type { StrengthLevel } from './skill-profile.js';

/**
 * The active champions as matching and routing see them: where and when they help, what
 * they are strong in (from their latest audit, by category key), and how many people they
 * support now against how many they can.
 */
export interface PooledChampion {
  personId: string;
  displayName: string;
  email: string;
  /** Where they help in person: their profile's site, else their directory site. */
  siteId: string | null;
  /** The service whose systems they know: their profile's, else their directory service. */
  serviceId: string | null;
  /** ISO weekdays, 1 = Monday. */
  workingDays: readonly number[];
  capacity: number;
  /** Active matches plus help requests they have claimed and not resolved. */
  load: number;
  strengths: ReadonlyMap<string, StrengthLevel>;
  specialisms: readonly string[];
}

export interface ChampionPool {
  /** Every champion whose status is active (paused ones are not offered anything). */
  activeChampions(): Promise<readonly PooledChampion[]>;
}
