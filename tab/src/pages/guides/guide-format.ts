import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';

/** Category and statement titles by key, for "Helps with". */
export function skillNamesOf(categories: readonly FrameworkCategory[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const category of categories) {
    names.set(category.key, category.title);
    for (const statement of category.statements) names.set(statement.key, statement.text);
  }
  return names;
}

export function helpsWith(guide: { categoryKeys: string[]; statementKeys: string[] }, names: ReadonlyMap<string, string>): string {
  return [...guide.categoryKeys, ...guide.statementKeys].map((key) => names.get(key) ?? key).join('; ');
}

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/** 3 May 2026 */
export function formatDay(iso: string): string {
  return day.format(new Date(iso));
}
