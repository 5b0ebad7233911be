export type SiteKind = 'office' | 'depot' | 'library' | 'community' | 'remote';

/** A staff list names sites but not what they are; the name is a good enough guess, and HR can correct it. */
export function siteKindFromName(name: string): SiteKind {
  if (/librar/i.test(name)) return 'library';
  if (/depot|yard|works/i.test(name)) return 'depot';
  if (/home|remote|mobile|agile/i.test(name)) return 'remote';
  if (/community|hub|centre for|neighbourhood/i.test(name)) return 'community';
  return 'office';
}
