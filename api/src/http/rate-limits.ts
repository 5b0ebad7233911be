import type { Request } from 'express';
import type { RateLimit, RateLimitCounters } from '../db/rate-limit-counters.js';
import type { Actor } from '../domain/shared/actor.js';
import { AppError } from '../domain/shared/app-error.js';

export type RateLimitName = 'sign-in' | 'preview' | 'export' | 'import' | 'help-request';

interface NamedLimit extends RateLimit {
  /** What the person did too often, to finish "You have … N times in …". */
  done: string;
}

/**
 * How often one person (or, before signing in, one address) may do what costs the server
 * most or fills the database. Far above what anyone does by hand; a script meets them fast.
 */
export const RATE_LIMITS: Record<RateLimitName, NamedLimit> = {
  'sign-in': { name: 'sign-in', points: 30, seconds: 60, done: 'signed in' },
  preview: { name: 'preview', points: 120, seconds: 60, done: 'asked for a preview' },
  export: { name: 'export', points: 30, seconds: 600, done: 'downloaded an export' },
  import: { name: 'import', points: 30, seconds: 3600, done: 'sent a staff list' },
  'help-request': { name: 'help-request', points: 20, seconds: 3600, done: 'asked for help' },
};

function spanOf(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  if (seconds === 60) return 'a minute';
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes`;
  return seconds === 3600 ? 'an hour' : `${Math.round(seconds / 3600)} hours`;
}

function waitOf(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? 'a second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

export interface RateLimits {
  /** Counts this request against its limit: the person's when signed in, the address's before. */
  enforce(name: RateLimitName, req: Request, actor: Actor | undefined): Promise<void>;
}

/** Allowances other than the usual ones, e.g. for a test that signs in fifty champions. */
export type RateLimitAllowances = Partial<Record<RateLimitName, Pick<RateLimit, 'points' | 'seconds'>>>;

export function createRateLimits(counters: RateLimitCounters, allowances: RateLimitAllowances = {}): RateLimits {
  return {
    async enforce(name, req, actor) {
      const limit = { ...RATE_LIMITS[name], ...allowances[name] };
      const key = actor ? `person:${actor.personId}` : `address:${req.ip ?? 'unknown'}`;
      const verdict = await counters.consume(limit, key);
      if (verdict.allowed) return;
      throw AppError.tooManyRequests(
        `You have ${limit.done} ${limit.points} times in ${spanOf(limit.seconds)}, the most the hub allows. Try again in ${waitOf(verdict.retryAfterSeconds)}.`,
        verdict.retryAfterSeconds,
      );
    },
  };
}
