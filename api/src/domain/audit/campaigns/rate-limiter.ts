/**
 * A token bucket shared by everything in the process that messages people through Teams,
 * so that together they stay under the tenant's limit. Tokens come back at
 * `ratePerSecond`; the bucket holds `burst` of them (1 by default: messages are evenly
 * spaced, so no one-second window ever sees more than the rate plus one).
 *
 * When Teams answers 429, `pauseFor` holds every sender until its Retry-After has passed.
 */

export interface TimeSource {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts. Never rejects. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realTime: TimeSource = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export interface RateLimiter {
  readonly ratePerSecond: number;
  /** Waits for a token (and for any pause to end); false when `signal` aborted first. */
  take(signal?: AbortSignal): Promise<boolean>;
  /** Returns a token taken for a message that did not need sending after all. */
  giveBack(): void;
  /** Holds every sender for `ms` from now; a shorter pause never cuts a longer one short. */
  pauseFor(ms: number): void;
  /** Milliseconds until sending resumes; 0 when it is not paused. */
  pausedFor(): number;
}

export function createRateLimiter(options: { ratePerSecond: number; burst?: number; time?: TimeSource }): RateLimiter {
  const { ratePerSecond } = options;
  if (!(ratePerSecond > 0)) throw new Error('ratePerSecond must be above 0');
  const burst = Math.max(1, options.burst ?? 1);
  const time = options.time ?? realTime;
  let tokens = burst;
  let filledAt = time.now();
  let pausedUntil = 0;

  /** Adds the tokens earned since the last look; none are earned while sending is paused. */
  function refill(): void {
    const now = time.now();
    const earningSince = Math.max(filledAt, Math.min(pausedUntil, now));
    tokens = Math.min(burst, tokens + (Math.max(0, now - earningSince) * ratePerSecond) / 1000);
    filledAt = now;
  }

  return {
    ratePerSecond,

    async take(signal) {
      for (;;) {
        if (signal?.aborted) return false;
        const now = time.now();
        if (now < pausedUntil) {
          await time.sleep(pausedUntil - now, signal);
          continue;
        }
        refill();
        if (tokens >= 1) {
          tokens -= 1;
          return true;
        }
        await time.sleep(((1 - tokens) * 1000) / ratePerSecond, signal);
      }
    },

    giveBack() {
      tokens = Math.min(burst, tokens + 1);
    },

    pauseFor(ms) {
      refill();
      pausedUntil = Math.max(pausedUntil, time.now() + ms);
      // Sending resumes at the rate, not with a burst of everything held back.
      tokens = Math.min(tokens, 1);
    },

    pausedFor() {
      return Math.max(0, pausedUntil - time.now());
    },
  };
}
