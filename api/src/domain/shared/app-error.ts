/**
 * The one error type of the domain. Each transport maps it once: HTTP to problem+json,
 * the bot to a card or a sentence. `code` is stable for clients; `message` is for people.
 */
export type AppErrorCode =
  | 'bad-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'too-many-requests'
  | 'unavailable';

const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  validation: 422,
  conflict: 409,
  'too-large': 413,
  'unsupported-media-type': 415,
  'too-many-requests': 429,
  unavailable: 503,
};

/** One problem with one input field, named the way the client sent it (e.g. `rows[3].email`). */
export interface FieldError {
  field: string;
  message: string;
  /** For file imports: the line of the file (the header is line 1) and the column heading. */
  row?: number;
  column?: string;
}

export class AppError extends Error {
  readonly status: number;
  /** How long to wait before trying again, when waiting is the answer (429, 503). */
  retryAfterSeconds?: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS_BY_CODE[code];
  }

  static validation(errors: FieldError[], message?: string): AppError {
    const summary =
      message ?? (errors.length === 1 ? `${errors[0]!.field}: ${errors[0]!.message}` : `${errors.length} fields are not valid`);
    return new AppError('validation', summary, errors);
  }

  static forbidden(message = 'You do not have permission to do that.'): AppError {
    return new AppError('forbidden', message);
  }

  static tooManyRequests(message: string, retryAfterSeconds: number): AppError {
    const error = new AppError('too-many-requests', message);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }

  static notFound(what: string): AppError {
    return new AppError('not-found', `${what} was not found.`);
  }
}
