import type { ApiError } from '../../api/api-error';

/**
 * The server's 422 names each field as the client sent it (`body.title`,
 * `body.statementKeys[1]`); forms show each message next to its field. Several messages
 * for one field are joined.
 */
export function fieldErrorsOf(error: ApiError | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of error?.fieldErrors ?? []) {
    byField[problem.field] = byField[problem.field] ? `${byField[problem.field]} ${problem.message}` : problem.message;
  }
  return byField;
}

/** Messages for a list field and its items (`body.statementKeys`, `body.statementKeys[0]`, …), as one sentence each. */
export function listErrors(errors: Record<string, string>, field: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([name]) => name === field || name.startsWith(`${field}[`))
    .map(([, message]) => message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
