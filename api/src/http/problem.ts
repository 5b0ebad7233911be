import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Problem } from '../contracts/common.js';
import { AppError } from '../domain/shared/app-error.js';
import { GraphRequestError } from '../m365/graph-request-error.js';

/** How long a client should wait before trying again when Microsoft 365 is throttling or down. */
const MICROSOFT_365_RETRY_AFTER_SECONDS = 60;

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'Some of what was sent is not valid',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Temporarily unavailable',
};

export function sendProblem(res: Response, error: AppError): void {
  const problem: Problem = {
    type: `https://digital-culture-hub.example/problems/${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: res.req.originalUrl,
    requestId: String(res.req.id ?? ''),
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
  if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  res.status(error.status).type('application/problem+json').send(JSON.stringify(problem));
}

interface HttpParserError {
  status?: number;
  type?: string;
}

/** Maps every error once. Unknown errors are logged with the request id and become a plain 500. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof AppError) return sendProblem(res, error);

    const parserError = error as HttpParserError;
    if (parserError.type === 'entity.parse.failed') {
      return sendProblem(res, new AppError('bad-request', 'The request body is not valid JSON.', [{ field: 'body', message: 'is not valid JSON' }]));
    }
    if (parserError.type === 'entity.too.large') {
      return sendProblem(res, new AppError('too-large', 'The request body is too large.', [{ field: 'body', message: 'is too large' }]));
    }
    if (error instanceof GraphRequestError && error.transient) {
      // Throttled or down even after the client's retries: the person can try again, so say so (503), not "something went wrong".
      (req.log ?? logger).warn({ err: error, graphStatus: error.status, graphRequestId: error.requestId }, 'Microsoft 365 unavailable');
      res.setHeader('Retry-After', String(MICROSOFT_365_RETRY_AFTER_SECONDS));
      return sendProblem(res, new AppError('unavailable', 'Microsoft 365 is busy or not answering just now. Try again in a minute or two.'));
    }
    (req.log ?? logger).error({ err: error }, 'unhandled error');
    res
      .status(500)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          type: 'about:blank',
          title: 'Something went wrong',
          status: 500,
          detail: 'Something went wrong on our side. Try again; if it keeps happening, contact the IT service desk with the request id.',
          code: 'internal',
          requestId: String(req.id ?? ''),
        } satisfies Problem),
      );
  };
}
