import type { Clock } from '../../api/src/domain/shared/clock.js';

export interface SettableClock extends Clock {
  /** Moves the clock to `at`; it runs on from there at normal speed. */
  set(at: string | Date): void;
  /** Moves the clock on (or back, with a negative number) by `ms`. */
  advance(ms: number): void;
}

/** A clock that stands still until a test moves it: for things that happen at exact instants. */
export interface StillClock extends Clock {
  set(at: string | Date): void;
}

export function stillClock(start: string | Date): StillClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(at) {
      current = new Date(at);
    },
  };
}

/** A clock that runs at normal speed from wherever a test sets it, for the server's HubOverrides.clock. */
export function settableClock(start: string | Date): SettableClock {
  let offset = 0;
  const clock: SettableClock = {
    now: () => new Date(Date.now() + offset),
    set(at) {
      offset = new Date(at).getTime() - Date.now();
    },
    advance(ms) {
      offset += ms;
    },
  };
  clock.set(start);
  return clock;
}
