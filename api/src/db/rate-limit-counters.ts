import { CompiledQuery } from 'kysely';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from './database.js';

/** At most `points` uses in any `seconds`, counted separately for each key. */
export interface RateLimit {
  name: string;
  points: number;
  seconds: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimitCounters {
  /** Counts one use by `key`, and says whether it is within the limit. */
  consume(limit: RateLimit, key: string): Promise<RateLimitVerdict>;
}

/**
 * Rate-limit counters in PostgreSQL (table `rate_limits`), so that every instance of the
 * server counts the same uses. Counting is one atomic upsert per use.
 */
export function createRateLimitCounters(db: Db): RateLimitCounters {
  // The store needs only pg's `query({ text, values })`; Kysely's own pool answers it.
  const storeClient = {
    query: ({ text, values }: { text: string; values?: readonly unknown[] }) => db.executeQuery(CompiledQuery.raw(text, [...(values ?? [])])),
  };
  const limiters = new Map<string, RateLimiterPostgres>();
  const limiterFor = (limit: RateLimit): RateLimiterPostgres => {
    let limiter = limiters.get(limit.name);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient,
        storeType: 'pool',
        tableName: 'rate_limits',
        // The migration made the table; a counter past its time is reset by the next use of its key.
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: limit.name,
        points: limit.points,
        duration: limit.seconds,
      });
      limiters.set(limit.name, limiter);
    }
    return limiter;
  };

  return {
    async consume(limit, key) {
      try {
        await limiterFor(limit).consume(key);
        return { allowed: true };
      } catch (refusal) {
        // The store rejects with the counter when the limit is reached, and with an Error when it fails.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}
