import type { z } from 'zod';
import { Problem } from '../../../api/src/contracts/common';
import { PersonaDirectory } from '../../../api/src/contracts/dev-sign-in';
import { ImportResult } from '../../../api/src/contracts/directory-import';
import { Me, Waiting } from '../../../api/src/contracts/me';
import { PeoplePage } from '../../../api/src/contracts/people';
import { AuditLogPage, OutboxPage } from '../../../api/src/contracts/platform';
import { ApiError, NETWORK_ERROR_STATUS, fallbackMessage, isAbortError } from './api-error';

export interface ApiClientOptions {
  /** Inside Teams: the SSO token. Outside Teams the HttpOnly session cookie does the job. */
  getAuthToken?: () => Promise<string>;
  fetch?: typeof fetch;
  baseUrl?: string;
}

export type PageRequest = {
  limit: number;
  offset: number;
};

export type Query = Record<string, string | number | boolean | undefined>;

type Body = { json: unknown } | { csv: string };

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: Body;
  signal?: AbortSignal | undefined;
}

const UNEXPECTED_RESPONSE_MESSAGE =
  'The server sent an answer this version of the hub does not understand. Reload the page; if that does not help, tell your IT service desk.';

/** The one way the tab talks to the API: it signs requests and checks every answer against the contracts. */
export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly baseUrl: string;
  private readonly getAuthToken: (() => Promise<string>) | undefined;

  constructor(options: ApiClientOptions = {}) {
    // Bound so that a stubbed or native fetch is never called with the client as `this`.
    this.fetchImpl = (options.fetch ?? globalThis.fetch).bind(globalThis);
    this.baseUrl = options.baseUrl ?? '';
    this.getAuthToken = options.getAuthToken;
  }

  getMe(signal?: AbortSignal): Promise<Me> {
    return this.json(Me, '/api/me', { signal });
  }

  getWaiting(signal?: AbortSignal): Promise<Waiting> {
    return this.json(Waiting, '/api/me/waiting', { signal });
  }

  getPersonas(q: string, signal?: AbortSignal): Promise<PersonaDirectory> {
    return this.json(PersonaDirectory, '/api/dev/personas', { query: { q: q.trim() || undefined }, signal });
  }

  signIn(personId: string): Promise<void> {
    return this.noContent('/api/dev/sign-in', { method: 'POST', body: { json: { personId } } });
  }

  signOut(): Promise<void> {
    return this.noContent('/api/dev/sign-out', { method: 'POST' });
  }

  searchPeople(query: { q?: string } & PageRequest, signal?: AbortSignal): Promise<PeoplePage> {
    return this.json(PeoplePage, '/api/people', { query: { ...query }, signal });
  }

  importStaff(csv: string, options: { dryRun: boolean; confirmIdentityChanges?: boolean }): Promise<ImportResult> {
    return this.json(ImportResult, '/api/directory/imports', {
      method: 'POST',
      query: { dryRun: options.dryRun, confirmIdentityChanges: options.confirmIdentityChanges },
      body: { csv },
    });
  }

  getOutbox(page: PageRequest, signal?: AbortSignal): Promise<OutboxPage> {
    return this.json(OutboxPage, '/api/outbox', { query: { ...page }, signal });
  }

  getAuditLog(page: PageRequest, signal?: AbortSignal): Promise<AuditLogPage> {
    return this.json(AuditLogPage, '/api/audit-log', { query: { ...page }, signal });
  }

  /** Feature modules (tab/src/api/*-api.ts) build their calls on these two. */
  async json<S extends z.ZodType>(schema: S, path: string, options: RequestOptions): Promise<z.infer<S>> {
    const response = await this.send(path, options);
    const body: unknown = await response.json().catch((error: unknown) => {
      throw unexpectedResponse(response.status, error);
    });
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw unexpectedResponse(response.status, parsed.error);
    return parsed.data;
  }

  async noContent(path: string, options: RequestOptions): Promise<void> {
    await this.send(path, options);
  }

  /** A file to save (an export): its bytes, and the name the server gave it in Content-Disposition. */
  async download(path: string, options: RequestOptions): Promise<{ blob: Blob; fileName: string | undefined }> {
    const response = await this.send(path, options);
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    return { blob: await response.blob(), fileName };
  }

  private async send(path: string, options: RequestOptions): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    if (this.getAuthToken) headers.set('Authorization', `Bearer ${await teamsToken(this.getAuthToken)}`);
    let body: string | undefined;
    if (options.body && 'json' in options.body) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body.json);
    } else if (options.body) {
      headers.set('Content-Type', 'text/csv');
      body = options.body.csv;
    }

    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path + queryString(options.query), {
        method: options.method ?? 'GET',
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal ?? null,
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiError({ status: NETWORK_ERROR_STATUS, code: 'network_error', ...fallbackMessage(0), cause: error });
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

}

async function teamsToken(getAuthToken: () => Promise<string>): Promise<string> {
  try {
    return await getAuthToken();
  } catch (error) {
    throw new ApiError({
      status: 401,
      code: 'teams_token_failed',
      title: 'Teams could not sign you in',
      message: 'Microsoft Teams could not sign you in to the hub. Close the app, open it again, then try again.',
      cause: error,
    });
  }
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function errorFrom(response: Response): Promise<ApiError> {
  const fallback = fallbackMessage(response.status);
  const text = await response.text().catch((error: unknown) => {
    console.warn('Could not read the error response', error);
    return '';
  });
  const problem = Problem.safeParse(parseJson(text));
  if (!problem.success) {
    return new ApiError({ status: response.status, code: `http_${response.status}`, ...fallback });
  }
  return new ApiError({
    status: response.status,
    code: problem.data.code,
    title: problem.data.title,
    message: problem.data.detail || fallback.message,
    fieldErrors: problem.data.errors ?? [],
    requestId: problem.data.requestId,
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // Not JSON (a proxy's HTML error page, say): the status alone then decides the message.
    console.warn('The error response was not JSON', error);
    return undefined;
  }
}

function unexpectedResponse(status: number, cause: unknown): ApiError {
  console.error('The API answered with something the contracts do not allow', cause);
  return new ApiError({
    status,
    code: 'unexpected_response',
    title: 'Unexpected answer from the server',
    message: UNEXPECTED_RESPONSE_MESSAGE,
    cause,
  });
}
