import type { PersonRef } from '../../../contracts/champions.js';
import type { GuideInput, GuideStatus } from '../../../contracts/guides.js';

/** A stored guide with the people it names, as the use cases read it. */
export interface GuideRecord {
  id: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  categoryKeys: string[];
  statementKeys: string[];
  status: GuideStatus;
  author: PersonRef | null;
  publishedBy: PersonRef | null;
  publishedAt: Date | null;
  reviewNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Skills by key; a guide matches when it shares any of them. */
export interface SkillKeys {
  categoryKeys: readonly string[];
  statementKeys: readonly string[];
}

export interface PublishedGuideFilter {
  /** Words to find in the title, summary or body. */
  text?: string | undefined;
  /** Guides linked to any of these (a category filter becomes the category and its statements). */
  skills?: SkillKeys | undefined;
  limit: number;
  offset: number;
}

/** A change of status, made only if the guide is still in one of `from` when the database gets to it. */
export interface GuideTransition {
  from: readonly GuideStatus[];
  to: GuideStatus;
  at: Date;
  /** Set when publishing. */
  publishedBy?: string;
  /** Set when the digital team sends a guide back; cleared (null) when it is submitted again. */
  reviewNote?: string | null;
}

/** Where guides are kept. Every status change is a conditional update: two people acting at once cannot both win. */
export interface GuideRepository {
  find(id: string): Promise<GuideRecord | undefined>;
  create(input: GuideInput, authorId: string, at: Date): Promise<GuideRecord>;
  /** Changes the content if the status is still one of `statuses`; undefined otherwise (or when there is no such guide). */
  update(id: string, input: GuideInput, statuses: readonly GuideStatus[], at: Date): Promise<GuideRecord | undefined>;
  transition(id: string, change: GuideTransition): Promise<GuideRecord | undefined>;
  searchPublished(filter: PublishedGuideFilter): Promise<{ items: GuideRecord[]; total: number }>;
  /** Everything one person wrote, newest change first. */
  byAuthor(authorId: string): Promise<GuideRecord[]>;
  /** Oldest first: the longest waiting comes first. */
  withStatus(status: GuideStatus): Promise<GuideRecord[]>;
  publishedFor(skills: SkillKeys, limit: number): Promise<GuideRecord[]>;
}
