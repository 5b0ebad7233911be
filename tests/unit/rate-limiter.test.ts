import { describe, expect, it } from '@jest/globals';
import { createRateLimiter, type TimeSource } from '../../api/src/domain/audit/campaigns/rate-limiter.js';

/** Time that passes only when someone sleeps: the tests read exact instants. */
function fakeTime(): TimeSource & { at: number } {
  const time = {
    at: 0,
    now: () => time.at,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (!signal?.aborted) time.at += ms;
    },
  };
  return time;
}

async function takeTimes(limiter: ReturnType<typeof createRateLimiter>, time: { at: number }, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    await limiter.take();
    times.push(Math.round(time.at));
  }
  return times;
}

describe('rate limiter', () => {
  it('spaces messages evenly at the rate', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ratePerSecond: 10, time });

    expect(await takeTimes(limiter, time, 5)).toEqual([0, 100, 200, 300, 400]);
  });

  it('lets a burst through at once when the bucket holds more than one', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ratePerSecond: 50, burst: 3, time });

    expect(await takeTimes(limiter, time, 5)).toEqual([0, 0, 0, 20, 40]);
  });

  it('holds every sender until a pause (a 429’s Retry-After) is over, then resumes at the rate', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ratePerSecond: 10, burst: 5, time });
    await takeTimes(limiter, time, 1);

    limiter.pauseFor(2000);
    expect(limiter.pausedFor()).toBe(2000);

    const times = await takeTimes(limiter, time, 3);
    expect(times[0]).toBeGreaterThanOrEqual(2000);
    // No tokens were earned while paused: no burst of everything held back.
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(100);
    expect(limiter.pausedFor()).toBe(0);
  });

  it('never lets a shorter pause cut a longer one short', () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ratePerSecond: 10, time });

    limiter.pauseFor(5000);
    limiter.pauseFor(1000);

    expect(limiter.pausedFor()).toBe(5000);
  });

  it('takes back a token that was not used', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ratePerSecond: 1, time });
    await limiter.take();

    limiter.giveBack();
    await limiter.take();

    expect(time.at).toBe(0);
  });

  it('stops waiting when the server is stopping', async () => {
    const limiter = createRateLimiter({ ratePerSecond: 0.001, time: fakeTime() });
    await limiter.take();
    const stopping = new AbortController();
    stopping.abort();

    expect(await limiter.take(stopping.signal)).toBe(false);
  });

  it('refuses a rate that is not above zero', () => {
    expect(() => createRateLimiter({ ratePerSecond: 0 })).toThrow(/above 0/);
  });
});
