import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** The plumbing shared by the fake Microsoft endpoints: what a request was, what to answer. */

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received, e.g. `/v1.0/users?$select=id&$top=999`. */
  url: string;
  /** The path without the query, percent-decoded. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** JSON or form bodies parsed; anything else as text; undefined when empty. */
  body: unknown;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What the fake knows about the caller's access token (Graph routes only). */
export interface Caller {
  tokenExpiresAt: number;
}

export type RouteHandler = (request: RecordedRequest, params: string[], caller: Caller) => FakeResponse | Promise<FakeResponse>;

export interface Route {
  method: string;
  pattern: RegExp;
  handle: RouteHandler;
}

function readText(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    incoming.on('error', reject);
  });
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the test sees the text as it was sent.
    return text;
  }
}

export async function recordRequest(incoming: IncomingMessage): Promise<RecordedRequest> {
  const url = incoming.url ?? '/';
  const parsed = new URL(url, 'https://fake.invalid');
  return {
    method: incoming.method ?? 'GET',
    url,
    path: decodeURIComponent(parsed.pathname),
    query: Object.fromEntries(parsed.searchParams),
    headers: incoming.headers,
    body: parseBody(await readText(incoming), incoming.headers['content-type']),
    receivedAt: Date.now(),
  };
}

export function writeResponse(outgoing: ServerResponse, response: FakeResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (response.body !== undefined) {
    payload = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  outgoing.writeHead(response.status, headers);
  outgoing.end(payload);
}

export function bearerToken(request: RecordedRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
}
