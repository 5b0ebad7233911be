import {
  FRAMEWORK_FORMAT,
  FrameworkDocument,
  type CategoryDocument,
  type FrameworkChange,
  type FrameworkVersion,
} from '../../contracts/skills-framework.js';
import type { FieldError } from '../shared/app-error.js';
import { pathName, plainMessage } from '../shared/zod-field-errors.js';

/**
 * Checking a framework document in full (HR imports files written by hand, so every problem
 * is listed at once, each with its path, such as `categories[2].statements[4].key`) and
 * describing how one framework differs from another, statement key by statement key.
 */

export type DocumentCheck = { ok: true; document: FrameworkDocument } | { ok: false; errors: FieldError[] };

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function keyOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const key = (value as { key?: unknown }).key;
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : undefined;
}

/**
 * Keys must be unique: category keys among categories, statement keys across the whole
 * framework (answers and resources refer to a statement by its key alone). Checked on the
 * raw input too, so a document with other mistakes still gets its duplicates reported.
 */
function duplicateKeys(input: unknown, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const categories = asArray((input as { categories?: unknown } | null)?.categories);
  const categoryKeys = new Map<string, string>();
  const statementKeys = new Map<string, string>();
  categories.forEach((category, c) => {
    const categoryKey = keyOf(category);
    const categoryPath = pathName(prefix, ['categories', c, 'key']);
    if (categoryKey !== undefined) {
      const first = categoryKeys.get(categoryKey);
      if (first) errors.push({ field: categoryPath, message: `"${categoryKey}" is already the key of ${first}` });
      else categoryKeys.set(categoryKey, pathName('', ['categories', c]));
    }
    asArray((category as { statements?: unknown } | null)?.statements).forEach((statement, s) => {
      const statementKey = keyOf(statement);
      if (statementKey === undefined) return;
      const first = statementKeys.get(statementKey);
      const field = pathName(prefix, ['categories', c, 'statements', s, 'key']);
      if (first) errors.push({ field, message: `"${statementKey}" is already the key of ${first}` });
      else statementKeys.set(statementKey, pathName('', ['categories', c, 'statements', s]));
    });
  });
  return errors;
}

/** Checks an uploaded or edited document; on failure, lists every error with its path. */
export function checkFrameworkDocument(input: unknown, prefix = ''): DocumentCheck {
  const parsed = FrameworkDocument.safeParse(input, { reportInput: true });
  const errors: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: pathName(prefix, issue.path),
        message: issue.path.length === 1 && issue.path[0] === 'format' ? `must be "${FRAMEWORK_FORMAT}"` : plainMessage(issue),
      }));
  errors.push(...duplicateKeys(input, prefix));
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, document: parsed.data };
}

/** A stored version as a document: what export writes and import reads back unchanged. */
export function toFrameworkDocument(version: FrameworkVersion): FrameworkDocument {
  return {
    format: FRAMEWORK_FORMAT,
    name: version.name,
    ...(version.note ? { note: version.note } : {}),
    categories: version.categories.map((category) => ({
      key: category.key,
      title: category.title,
      description: category.description,
      basic: category.basic,
      statements: category.statements.map(({ key, text, helpText, example, context }) => ({ key, text, helpText, example, context })),
    })),
  };
}

/** The keys of `items` in a longest common subsequence with `other`: the ones that kept their order. */
function stayedInOrder(items: readonly string[], other: readonly string[]): Set<string> {
  const table = Array.from({ length: items.length + 1 }, () => new Array<number>(other.length + 1).fill(0));
  for (let i = items.length - 1; i >= 0; i -= 1) {
    for (let j = other.length - 1; j >= 0; j -= 1) {
      table[i]![j] = items[i] === other[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const stayed = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < items.length && j < other.length) {
    if (items[i] === other[j]) {
      stayed.add(items[i]!);
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return stayed;
}

interface Placed {
  categoryKey: string;
  statement: CategoryDocument['statements'][number];
}

function statementsByKey(document: FrameworkDocument): Map<string, Placed> {
  const map = new Map<string, Placed>();
  for (const category of document.categories) {
    for (const statement of category.statements) map.set(statement.key, { categoryKey: category.key, statement });
  }
  return map;
}

/**
 * A statement has moved when it changed category, or when keeping it in place is not
 * possible while keeping most of its category's order: moving one statement up a place
 * reports that one statement, not the one it swapped with.
 */
function movedKeys(before: FrameworkDocument, after: FrameworkDocument, kept: Set<string>): string[] {
  const oldPlaces = statementsByKey(before);
  const moved: string[] = [];
  for (const category of after.categories) {
    const stayingHere = category.statements
      .map((statement) => statement.key)
      .filter((key) => kept.has(key) && oldPlaces.get(key)?.categoryKey === category.key);
    const oldOrder = before.categories
      .find((old) => old.key === category.key)
      ?.statements.map((statement) => statement.key)
      .filter((key) => stayingHere.includes(key));
    const inOrder = stayedInOrder(stayingHere, oldOrder ?? []);
    for (const statement of category.statements) {
      if (!kept.has(statement.key)) continue;
      const changedCategory = oldPlaces.get(statement.key)?.categoryKey !== category.key;
      if (changedCategory || !inOrder.has(statement.key)) moved.push(statement.key);
    }
  }
  return moved;
}

function changedCategories(before: FrameworkDocument, after: FrameworkDocument): string[] {
  const oldKeys = before.categories.map((category) => category.key);
  const newKeys = after.categories.map((category) => category.key);
  const inOrder = stayedInOrder(
    newKeys.filter((key) => oldKeys.includes(key)),
    oldKeys.filter((key) => newKeys.includes(key)),
  );
  const changed = new Set<string>(oldKeys.filter((key) => !newKeys.includes(key)));
  for (const category of after.categories) {
    const old = before.categories.find((candidate) => candidate.key === category.key);
    const edited = !old || old.title !== category.title || old.description !== category.description || old.basic !== category.basic;
    if (edited || !inOrder.has(category.key)) changed.add(category.key);
  }
  return [...changed];
}

export type FrameworkDiff = Omit<FrameworkChange, 'dryRun' | 'version'>;

/** What saving `after` over `before` changes. The note is not content: a new note alone changes nothing. */
export function diffFrameworks(before: FrameworkDocument | undefined, after: FrameworkDocument): FrameworkDiff {
  const empty: FrameworkDocument = { format: FRAMEWORK_FORMAT, name: after.name, categories: [] };
  const old = before ?? empty;
  const oldStatements = statementsByKey(old);
  const newStatements = statementsByKey(after);
  const added = [...newStatements.keys()].filter((key) => !oldStatements.has(key));
  const retired = [...oldStatements.keys()].filter((key) => !newStatements.has(key));
  const kept = new Set([...newStatements.keys()].filter((key) => oldStatements.has(key)));
  const reworded = [...kept].filter((key) => {
    const a = oldStatements.get(key)!.statement;
    const b = newStatements.get(key)!.statement;
    return a.text !== b.text || a.helpText !== b.helpText || a.example !== b.example || a.context !== b.context;
  });
  const moved = movedKeys(old, after, kept);
  const categoriesChanged = changedCategories(old, after);
  const renamed = before !== undefined && before.name !== after.name;
  const unchanged =
    before !== undefined &&
    !renamed &&
    [added, retired, reworded, moved, categoriesChanged].every((list) => list.length === 0);
  return { added, retired, reworded, moved, categoriesChanged, renamed, unchanged };
}
