import http from 'node:http';
import { BenchVerificationError } from './harness.js';
import { startStopwatch, summarise, type Summary } from './measure.js';

/**
 * N clients, each sending one request after another over HTTP, for a fixed time or a
 * fixed number of requests. Every loop is bounded: by the clock or the count, and each
 * request by its own timeout, so a hung server ends the run instead of the run hanging.
 */

export interface LoadRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  clients: number;
  /** Stop starting requests after this long (at most MAX_DURATION_MS)… */
  durationMs?: number;
  /** …or after this many requests in all, whichever comes first. */
  requests?: number;
  /** Requests sent and checked but not measured, to warm connections and the JIT. */
  warmUpRequests?: number;
  /** `sequence` is unique across the whole run, warm-up included, for requests that must differ. */
  request(client: number, sequence: number): LoadRequest;
  /** Throws when a response is wrong; one wrong response stops the run and fails it. */
  check(response: { status: number; body: string; client: number }): void;
}

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  requestsPerSecond: number;
  latencyMs: Summary;
}

const MAX_DURATION_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;

/** The benchmarks load only the server they started; nothing leaves this machine. */
function assertLocal(url: string): void {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`load goes to 127.0.0.1 only, not ${url}`);
}

/**
 * node:http with an agent of the run's own, rather than fetch: its connections open and
 * close with the run, so none left idle by one benchmark is found closed by the server in
 * the next, and the client, which shares this process with the server, costs less.
 */
function send(agent: http.Agent, request: LoadRequest): Promise<{ status: number; body: string }> {
  assertLocal(request.url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      request.url,
      { agent, method: request.method ?? 'GET', headers: request.headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        // Reading the whole body is part of the round trip the user waits for.
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

function limits(options: LoadOptions): { durationMs: number; requests: number } {
  if (options.durationMs === undefined && options.requests === undefined) throw new Error('give a durationMs or a number of requests');
  if (!Number.isInteger(options.clients) || options.clients < 1) throw new Error(`clients must be a positive whole number, not ${options.clients}`);
  return {
    durationMs: Math.min(options.durationMs ?? MAX_DURATION_MS, MAX_DURATION_MS),
    requests: options.requests ?? Number.POSITIVE_INFINITY,
  };
}

interface Phase {
  more(sent: number): boolean;
  record?(ms: number): void;
}

/** Every client sends until the phase says stop or any response is wrong; gives the first failure. */
async function drive(agent: http.Agent, options: LoadOptions, sequence: { next: number }, phase: Phase): Promise<unknown> {
  let failure: unknown;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      while (failure === undefined && phase.more(sequence.next)) {
        const request = options.request(client, sequence.next);
        sequence.next += 1;
        const took = startStopwatch();
        try {
          const response = await send(agent, request);
          const ms = took();
          options.check({ ...response, client });
          phase.record?.(ms);
        } catch (error) {
          failure ??= error;
        }
      }
    }),
  );
  return failure;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const limit = limits(options);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  try {
    const sequence = { next: 0 };
    const warmUp = options.warmUpRequests ?? 0;
    const latencies: number[] = [];
    const failed = (failure: unknown, phase: string): BenchVerificationError =>
      new BenchVerificationError(`a request failed ${phase} (${sequence.next} sent in all): ${failure instanceof Error ? failure.message : String(failure)}`);

    const warmUpFailure = await drive(agent, options, sequence, { more: (sent) => sent < warmUp });
    if (warmUpFailure !== undefined) throw failed(warmUpFailure, 'while warming up');

    const elapsed = startStopwatch();
    const measured = await drive(agent, options, sequence, {
      more: (sent) => sent - warmUp < limit.requests && elapsed() < limit.durationMs,
      record: (ms) => latencies.push(ms),
    });
    const elapsedMs = elapsed();
    if (measured !== undefined) throw failed(measured, 'under load');
    if (latencies.length === 0) throw new BenchVerificationError('no request completed');
    return { requests: latencies.length, elapsedMs, requestsPerSecond: latencies.length / (elapsedMs / 1000), latencyMs: summarise(latencies) };
  } finally {
    agent.destroy();
  }
}

/** A check for responses that must have one status; `also` adds checks on the body. */
export function expectStatus(status: number, also?: (body: string, client: number) => void): LoadOptions['check'] {
  return (response) => {
    if (response.status !== status) throw new BenchVerificationError(`expected ${status}, got ${response.status}: ${response.body.slice(0, 200)}`);
    also?.(response.body, response.client);
  };
}
