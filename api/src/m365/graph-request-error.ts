import { GraphError } from '@microsoft/microsoft-graph-client';
import type { GraphCall } from './graph-calls.js';

/**
 * A Graph request that failed for good: either Graph refused it (4xx), or it kept failing
 * after the client's retries (429/5xx), or no response arrived. Carries what support needs
 * to trace it in Microsoft's logs: the Graph error code and the request-id.
 */
export class GraphRequestError extends Error {
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    /** The HTTP status, or null when no response arrived. */
    readonly status: number | null,
    readonly graphCode: string | null,
    readonly requestId: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphRequestError';
  }

  /** Worth trying again later (throttled, Graph unavailable, network): a job should retry, not give up. */
  get transient(): boolean {
    return this.status === null || this.status === 429 || this.status >= 500;
  }
}

function withoutQuery(path: string): string {
  return path.split('?')[0] ?? path;
}

function describeCall(call: GraphCall, action: string): string {
  return `Microsoft Graph ${call.method} ${withoutQuery(call.path)} (for "${action}")`;
}

export function toGraphRequestError(error: unknown, call: GraphCall, action: string): GraphRequestError {
  const path = withoutQuery(call.path);
  const where = describeCall(call, action);
  if (error instanceof GraphError && error.statusCode > 0) {
    const requestId = error.requestId ?? error.headers?.get('request-id') ?? null;
    const code = error.code ?? null;
    const message =
      `${where} failed with ${error.statusCode} ${code ?? 'no error code'}: ` +
      `${error.message || 'no message'} (request-id ${requestId ?? 'unknown'})`;
    return new GraphRequestError(message, call.method, path, error.statusCode, code, requestId, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new GraphRequestError(`${where} failed before a response: ${reason}`, call.method, path, null, null, null, {
    cause: error,
  });
}

/** Graph said yes, but not in the shape we rely on: better to stop than to store something wrong. */
export function unexpectedGraphBody(call: GraphCall, action: string, problems: string[]): GraphRequestError {
  const message = `${describeCall(call, action)} answered with an unexpected body: ${problems.join('; ')}`;
  return new GraphRequestError(message, call.method, withoutQuery(call.path), 200, null, null);
}
