import type { FieldProblem } from '../../../api/src/contracts/common';

/** Status 0 means the request never got an answer (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

/**
 * Every failed API call becomes one of these, so pages can show one kind of error:
 * `message` is written for the person using the tab, `fieldErrors` name what to fix.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly fieldErrors: FieldProblem[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    message: string;
    fieldErrors?: FieldProblem[];
    requestId?: string | undefined;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Whether asking again could give a different answer: no connection, a timeout, too many
 * requests, or the server's own fault. A refusal (403), a missing thing (404) or a conflict
 * (409) stays the same however often it is tried, so offering "Try again" would mislead.
 */
export function isWorthRetrying(error: ApiError): boolean {
  return error.status === NETWORK_ERROR_STATUS || error.status === 408 || error.status === 429 || error.status >= 500;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Plain-English fallbacks for when the server could not say more (a proxy error page, say). */
export function fallbackMessage(status: number): { title: string; message: string } {
  if (status === NETWORK_ERROR_STATUS) {
    return {
      title: 'No connection',
      message: 'We could not reach the Digital Culture Hub. Check your network connection, then try again.',
    };
  }
  if (status === 401) return { title: 'Not signed in', message: 'You are not signed in. Sign in, then try again.' };
  if (status === 403) {
    return {
      title: 'No access',
      message: 'You do not have permission to do this. If you think you should, ask your administrator.',
    };
  }
  if (status === 404) return { title: 'Not found', message: 'We could not find what you asked for.' };
  if (status >= 500) {
    return {
      title: 'Something went wrong',
      message: 'Something went wrong on our side. Wait a few minutes, then try again.',
    };
  }
  return { title: 'Request not accepted', message: 'The hub could not do that. Check what you entered, then try again.' };
}
