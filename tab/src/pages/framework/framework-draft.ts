import {
  FRAMEWORK_FORMAT,
  type CategoryDocument,
  type FrameworkDocument,
  type FrameworkVersion,
  type StatementDocument,
} from '../../../../api/src/contracts/skills-framework';

/**
 * HR's unsaved edits to the framework, as the same document the server checks and saves.
 * Every change is a pure function from one draft to the next, so the editor can be reset
 * or replaced by an imported file at any point.
 */

export interface RetiredStatement {
  categoryKey: string;
  statement: StatementDocument;
}

export function draftOf(version: FrameworkVersion): FrameworkDocument {
  return {
    format: FRAMEWORK_FORMAT,
    name: version.name,
    categories: version.categories.map((category) => ({
      key: category.key,
      title: category.title,
      description: category.description,
      basic: category.basic,
      statements: category.statements.map(({ key, text, helpText, example, context }) => ({ key, text, helpText, example, context })),
    })),
  };
}

function mapCategory(draft: FrameworkDocument, categoryKey: string, change: (category: CategoryDocument) => CategoryDocument): FrameworkDocument {
  return { ...draft, categories: draft.categories.map((category) => (category.key === categoryKey ? change(category) : category)) };
}

export function moveStatement(draft: FrameworkDocument, categoryKey: string, statementKey: string, by: -1 | 1): FrameworkDocument {
  return mapCategory(draft, categoryKey, (category) => {
    const from = category.statements.findIndex((statement) => statement.key === statementKey);
    const to = from + by;
    if (from < 0 || to < 0 || to >= category.statements.length) return category;
    const statements = [...category.statements];
    [statements[from], statements[to]] = [statements[to]!, statements[from]!];
    return { ...category, statements };
  });
}

export function updateStatement(draft: FrameworkDocument, categoryKey: string, statementKey: string, next: StatementDocument): FrameworkDocument {
  return mapCategory(draft, categoryKey, (category) => ({
    ...category,
    statements: category.statements.map((statement) => (statement.key === statementKey ? next : statement)),
  }));
}

export function addStatement(draft: FrameworkDocument, categoryKey: string, statement: StatementDocument): FrameworkDocument {
  return mapCategory(draft, categoryKey, (category) => ({ ...category, statements: [...category.statements, statement] }));
}

export function removeStatement(draft: FrameworkDocument, categoryKey: string, statementKey: string): FrameworkDocument {
  return mapCategory(draft, categoryKey, (category) => ({
    ...category,
    statements: category.statements.filter((statement) => statement.key !== statementKey),
  }));
}

export function updateCategory(
  draft: FrameworkDocument,
  categoryKey: string,
  next: Pick<CategoryDocument, 'title' | 'description' | 'basic'>,
): FrameworkDocument {
  return mapCategory(draft, categoryKey, (category) => ({ ...category, ...next }));
}

export function statementKeysOf(draft: FrameworkDocument): Set<string> {
  return new Set(draft.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
}

/** A key made from the statement's words: "Use Copilot to summarise" → "use-copilot-to-summarise". */
export function keyFromText(text: string, taken: ReadonlySet<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'statement';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  return key;
}
