import type { ApiError } from '../../api/api-error';
import type { ProblemItem } from '../../components/ProblemSummary';

/** Where each field of the guide form is, and its name in a sentence. */
export const GUIDE_FIELDS = {
  title: { id: 'guide-title', label: 'Title' },
  summary: { id: 'guide-summary', label: 'Summary' },
  bodyMarkdown: { id: 'guide-body', label: 'The guide' },
  skills: { id: 'guide-skills', label: 'Skills it helps with' },
} as const;
export type GuideField = keyof typeof GUIDE_FIELDS;

/** `body.title` → title; `body.statementKeys[2]` → skills. */
function fieldOf(name: string): GuideField | null {
  if (name === 'body.title') return 'title';
  if (name === 'body.summary') return 'summary';
  if (name === 'body.bodyMarkdown') return 'bodyMarkdown';
  if (/^body\.(categoryKeys|statementKeys)/.test(name)) return 'skills';
  return null;
}

/** The server's 422 as one sentence per field ("Title must be at least 3 characters"), and anything else it said. */
export function guideProblems(error: ApiError | null): { byField: Partial<Record<GuideField, string>>; other: string | null } {
  const byField: Partial<Record<GuideField, string>> = {};
  for (const problem of error?.fieldErrors ?? []) {
    const field = fieldOf(problem.field);
    if (!field) continue;
    const sentence = `${GUIDE_FIELDS[field].label} ${problem.message}`;
    byField[field] = byField[field] ? `${byField[field]} ${sentence}` : sentence;
  }
  const other = error && Object.keys(byField).length === 0 ? error.message : null;
  return { byField, other };
}

function focusField(field: GuideField): void {
  const target = document.getElementById(GUIDE_FIELDS[field].id);
  // The skills group is not itself focusable: its first checkbox is.
  (field === 'skills' ? target?.querySelector<HTMLElement>('button, input') : target)?.focus();
}

export function problemItems(problems: ReturnType<typeof guideProblems>): ProblemItem[] {
  const items: ProblemItem[] = (Object.keys(GUIDE_FIELDS) as GuideField[]).flatMap((field) => {
    const text = problems.byField[field];
    return text ? [{ key: field, text, href: `#${GUIDE_FIELDS[field].id}`, onFollow: () => focusField(field) }] : [];
  });
  return problems.other ? [...items, { key: 'other', text: problems.other }] : items;
}
