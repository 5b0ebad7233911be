import { useMemo } from 'react';
import type { GuideSummary } from '../../../../api/src/contracts/guides';
import type { LearningPlanItem } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import { getGuidesForSkills } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';

/** Enough to start with, next to the courses and videos. */
const GUIDES_PER_ITEM = 2;

/**
 * The council's own how-to guides for each skill in a learning plan: those for the very
 * task, or for its whole category. A plan still works without them, so a failed load
 * just shows none.
 */
export function usePlanGuides(items: readonly LearningPlanItem[]): (item: LearningPlanItem) => GuideSummary[] {
  const api = useApi();
  const statementKeys = [...new Set(items.map((item) => item.statementKey))].sort();
  const categoryKeys = [...new Set(items.map((item) => item.categoryKey))].sort();
  const key = `${statementKeys.join(',')}|${categoryKeys.join(',')}`;
  const guides = useApiQuery(
    (signal) => (items.length === 0 ? Promise.resolve({ items: [] }) : getGuidesForSkills(api, { statementKeys, categoryKeys }, signal)),
    `plan-guides:${key}`,
  );
  const found = useMemo(() => guides.data?.items ?? [], [guides.data]);
  return (item) =>
    found.filter((guide) => guide.statementKeys.includes(item.statementKey) || guide.categoryKeys.includes(item.categoryKey)).slice(0, GUIDES_PER_ITEM);
}
