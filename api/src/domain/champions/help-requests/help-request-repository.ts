import type { HelpRequestStatus } from '../../../contracts/help-requests.js';

/** A person as a help request needs them: a name to show and an address to open a Teams chat with. */
export interface RequestPerson {
  id: string;
  displayName: string;
  email: string;
}

export type OfferOutcome = 'pending' | 'accepted' | 'passed' | 'expired' | 'withdrawn';

export interface OfferRecord {
  champion: RequestPerson;
  offeredAt: Date;
  outcome: OfferOutcome;
  decidedAt: Date | null;
}

/** A help request as stored, with its offers (oldest first) and the guides for its skill. */
export interface HelpRequestRecord {
  id: string;
  requester: RequestPerson;
  categoryKey: string;
  question: string;
  channel: 'tab' | 'bot';
  status: HelpRequestStatus;
  offeredTo: RequestPerson | null;
  offerNumber: number;
  offerExpiresAt: Date | null;
  /** Kept when a claimed request is cancelled, so everyone can still see who was helping. */
  claimedBy: RequestPerson | null;
  claimedAt: Date | null;
  resolvedAt: Date | null;
  resolutionNote: string | null;
  minutesSpent: number | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  offers: OfferRecord[];
  /** Published how-to guides whose skills include the request's category, newest first. */
  guides: { id: string; title: string }[];
}

/** The offer to make: to whom, and until when. */
export interface NextOffer {
  championId: string;
  expiresAt: Date;
}

export interface NewHelpRequest {
  requesterId: string;
  categoryKey: string;
  question: string;
  channel: 'tab' | 'bot';
  at: Date;
  /** The first offer, or null when no champion can take it and it goes to every champion. */
  offer: NextOffer | null;
}

/** An offer ending without a claim (passed by the champion, or timed out) and what follows it. */
export interface OfferEnd {
  requestId: string;
  championId: string;
  outcome: 'passed' | 'expired';
  at: Date;
  /** The next offer, or null to open the request to every champion. */
  next: NextOffer | null;
}

/**
 * Where help requests are kept. Every change is one transaction, and every change that two
 * people could race for is a conditional update decided by the database: it returns false
 * (and writes nothing) when the request is no longer in the state the caller expected.
 */
export interface HelpRequestRepository {
  /** The id of the framework version new requests are filed against; undefined before any is saved. */
  currentFrameworkVersionId(): Promise<string | undefined>;
  /** Where the person works (their directory site). */
  siteOf(personId: string): Promise<string | null>;
  /** Writes the request and its first offer; returns the new id. */
  create(request: NewHelpRequest): Promise<string>;
  find(requestId: string): Promise<HelpRequestRecord | undefined>;
  /**
   * Claims the request for the champion if it is offered to them or open to every champion,
   * they are an active champion, and they did not ask it. Marks their offer accepted.
   */
  claim(requestId: string, championId: string, at: Date): Promise<boolean>;
  /** Ends the pending offer to `championId` (an expiry only once it is due) and makes the next. */
  endOffer(end: OfferEnd): Promise<boolean>;
  /** Cancels the requester's request while it is offered, open or claimed; a pending offer is withdrawn. */
  cancel(requestId: string, requesterId: string, at: Date): Promise<boolean>;
  /** Resolves a request the champion claimed and logs the support session, in one transaction. */
  resolve(
    requestId: string,
    championId: string,
    resolution: { note: string; minutesSpent: number; at: Date; happenedOn: string },
  ): Promise<boolean>;
  /** Records the requester's rating of a resolved request, once. */
  rate(requestId: string, requesterId: string, rating: { rating: number; comment: string | null; at: Date }): Promise<boolean>;
  /** The person's own requests, newest first. */
  listForRequester(requesterId: string, page: { limit: number; offset: number }): Promise<{ items: HelpRequestRecord[]; total: number }>;
  /** Offered to the champion, open to every champion (not their own), and claimed by them and not resolved. */
  queueFor(championId: string): Promise<{ offeredToMe: HelpRequestRecord[]; openToAll: HelpRequestRecord[]; mine: HelpRequestRecord[] }>;
  /** Ids of requests whose pending offer ran out at or before `at`, oldest first. */
  dueOffers(at: Date, limit: number): Promise<string[]>;
}
