import type { CoverageCounts } from './matching-input.js';

/**
 * Why a pair was matched, in words a learner understands: "covers 3 of 4 gaps · same
 * building · same service". Learning decay is called "skills to refresh".
 */

function countOf(count: number, singular: string, pluralWord: string): string {
  return `${count} ${count === 1 ? singular : pluralWord}`;
}

export function explainMatch(counts: CoverageCounts, sameSite: boolean, sameService: boolean): string {
  const covered: string[] = [];
  if (counts.gaps > 0) covered.push(`${counts.gapsCovered} of ${countOf(counts.gaps, 'gap', 'gaps')}`);
  if (counts.refresh > 0) covered.push(`${counts.refreshCovered} of ${countOf(counts.refresh, 'skill to refresh', 'skills to refresh')}`);
  const parts = [`covers ${covered.join(' and ')}`];
  if (sameSite) parts.push('same building');
  if (sameService) parts.push('same service');
  return parts.join(' · ');
}
