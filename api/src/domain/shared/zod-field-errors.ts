import type { z } from 'zod';
import type { FieldError } from './app-error.js';

/** Turning zod's findings into field errors people can act on, the same way at every boundary. */

/** `['categories', 2, 'key']` → `categories[2].key`, after an optional prefix such as `body`. */
export function pathName(prefix: string, path: readonly PropertyKey[]): string {
  let name = prefix;
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name === '' ? String(part) : `.${String(part)}`;
  }
  return name === '' ? '(document)' : name;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
};

/** A zod issue in words for people editing a form or a file, such as "must be at least 3 characters". */
export function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}`;
    case 'too_small':
      // Text left empty is missing, whatever its shortest length: "Title is required", not "at least 3 characters".
      if (issue.origin === 'string' && issue.input === '') return 'is required';
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} entries`;
      if (issue.origin === 'number') return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
      return issue.message;
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    default:
      return issue.message;
  }
}

/**
 * Every issue as a field error named from `prefix` (`body`, `query`, or '' for a file).
 * Parse with `{ reportInput: true }`: without the input, a wrong value and a missing one look alike.
 */
export function fieldErrorsFrom(prefix: string, error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathName(prefix, [...issue.path, key]), message: 'is not expected here' }))
      : [{ field: pathName(prefix, issue.path), message: plainMessage(issue) }],
  );
}
