import type { ColumnType, Generated } from 'kysely';
import type { DateOnly, Json, Timestamp } from './schema.js';

/** The Digital Champions programme's tables (migration 0003), as Kysely sees them. */

export type ChampionStatus = 'volunteered' | 'invited' | 'active' | 'paused' | 'stepped-down' | 'declined';

type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface ChampionsTable {
  person_id: string;
  status: ChampionStatus;
  specialisms: TextArray;
  site_id: string | null;
  service_id: string | null;
  working_days: ColumnType<number[], number[] | undefined, number[]>;
  capacity: ColumnType<number, number | undefined, number>;
  about: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ChampionEventsTable {
  id: Generated<string>;
  person_id: string;
  from_status: ChampionStatus | null;
  to_status: ChampionStatus;
  actor_person_id: string | null;
  note: string | null;
  at: Timestamp;
}

export interface MatchingOptInsTable {
  person_id: string;
  in_person: ColumnType<boolean, boolean | undefined, boolean>;
  note: ColumnType<string, string | undefined, string>;
  opted_in_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface MatchRunsTable {
  id: Generated<string>;
  run_by: string | null;
  run_at: Timestamp;
  settings: Json<unknown>;
  matched_count: number;
  total_score: number;
  unmatched: Json<unknown>;
}

export interface ChampionMatchesTable {
  id: Generated<string>;
  run_id: string;
  learner_id: string;
  champion_id: string;
  score: number;
  explanation: string;
  status: ColumnType<'active' | 'declined' | 'ended', 'active' | 'declined' | 'ended' | undefined, 'active' | 'declined' | 'ended'>;
  declined_by: string | null;
  declined_at: Timestamp | null;
  created_at: Timestamp;
}

export type HelpRequestStatus = 'offered' | 'open-to-all' | 'claimed' | 'resolved' | 'cancelled';

export interface HelpRequestsTable {
  id: Generated<string>;
  requester_id: string;
  category_key: string;
  question: string;
  channel: 'tab' | 'bot';
  status: HelpRequestStatus;
  offered_to: string | null;
  offer_number: ColumnType<number, number | undefined, number>;
  offer_expires_at: Timestamp | null;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  resolved_at: Timestamp | null;
  resolution_note: string | null;
  minutes_spent: number | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type OfferOutcome = 'pending' | 'accepted' | 'passed' | 'expired' | 'withdrawn';

export interface HelpRequestOffersTable {
  request_id: string;
  champion_id: string;
  offered_at: Timestamp;
  outcome: ColumnType<OfferOutcome, OfferOutcome | undefined, OfferOutcome>;
  decided_at: Timestamp | null;
}

export interface HelpRequestCardsTable {
  request_id: string;
  conversation_id: string;
  activity_id: string;
  audience: 'requester' | 'champion' | 'channel';
  person_id: string | null;
  service_url: string;
  sent_at: Timestamp;
}

export interface DropInSessionsTable {
  id: Generated<string>;
  host_id: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  format: 'in-person' | 'online';
  site_id: string | null;
  place: ColumnType<string, string | undefined, string>;
  capacity: number;
  category_keys: TextArray;
  meeting_id: string | null;
  meeting_join_url: string | null;
  status: ColumnType<'scheduled' | 'cancelled', 'scheduled' | 'cancelled' | undefined, 'scheduled' | 'cancelled'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DropInRegistrationsTable {
  session_id: string;
  person_id: string;
  registered_at: Timestamp;
  cancelled_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
}

export type SupportSessionKind = 'one-to-one' | 'drop-in' | 'resident' | 'help-request';

export interface SupportSessionsTable {
  id: Generated<string>;
  champion_id: string;
  kind: SupportSessionKind;
  happened_on: DateOnly;
  minutes: number;
  people_helped: ColumnType<number, number | undefined, number>;
  category_keys: TextArray;
  note: ColumnType<string, string | undefined, string>;
  help_request_id: string | null;
  drop_in_id: string | null;
  created_at: Timestamp;
}

export type GuideStatus = 'draft' | 'submitted' | 'published' | 'archived';

export interface HowToGuidesTable {
  id: Generated<string>;
  title: string;
  summary: ColumnType<string, string | undefined, string>;
  body_markdown: string;
  category_keys: TextArray;
  statement_keys: TextArray;
  status: ColumnType<GuideStatus, GuideStatus | undefined, GuideStatus>;
  author_id: string | null;
  published_by: string | null;
  published_at: Timestamp | null;
  review_note: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
