import type { HelpRequestStatus } from '../contracts/help-requests.js';
import type { FrameworkVersion } from '../contracts/skills-framework.js';
import type { Db } from '../db/database.js';
import { councilDate } from '../domain/audit/campaign-window.js';
import type { DemoChampionCast, DemoPerson } from './demo-champion-cast.js';
import { DEMO_PERSONA_NAMES, demoEmail } from './demo-council.js';
import { ago, later } from './demo-time.js';

/**
 * Help requests in every state, each with the offers that got it there: waiting for Priya,
 * passed on to her, open to every champion after three tries, being helped, resolved and
 * rated, and one the asker cancelled. Resolved ones are in the support log, as the bot
 * logs them.
 */

type Who = 'priya' | number;
type Outcome = 'pending' | 'accepted' | 'passed' | 'expired' | 'withdrawn';

interface Scenario {
  asker: 'sam' | 'dave' | number;
  question: string;
  category: string;
  channel: 'tab' | 'bot';
  hoursAgo: number;
  offers: [Who, Outcome][];
  status: HelpRequestStatus;
  /** Who is helping, for claimed and resolved; hours after asking that they claimed it. */
  claimed?: [Who, number];
  resolved?: { afterHours: number; note: string; minutes: number; rating?: number; comment?: string };
}

const SCENARIOS: Scenario[] = [
  { asker: 'dave', question: 'How do I see my payslip on my phone?', category: 'digital-at-work', channel: 'bot', hoursAgo: 1, offers: [['priya', 'pending']], status: 'offered' },
  { asker: 5, question: 'Excel keeps changing my reference numbers into dates.', category: 'digital-at-work', channel: 'tab', hoursAgo: 5, offers: [[3, 'passed'], ['priya', 'pending']], status: 'offered' },
  { asker: 9, question: 'I can’t find our team’s shared folder any more.', category: 'managing-information', channel: 'bot', hoursAgo: 2, offers: [[6, 'pending']], status: 'offered' },
  { asker: 12, question: 'A resident sent me a link and I’m not sure it’s safe to open.', category: 'safe-and-legal', channel: 'bot', hoursAgo: 30, offers: [[1, 'expired'], [4, 'passed'], [8, 'expired']], status: 'open-to-all' },
  { asker: 15, question: 'How do I make a poster for our noticeboard?', category: 'creating', channel: 'tab', hoursAgo: 50, offers: [[2, 'expired'], [7, 'expired'], [10, 'expired']], status: 'open-to-all' },
  { asker: 18, question: 'How do I set up an out-of-office reply?', category: 'communicating', channel: 'bot', hoursAgo: 20, offers: [['priya', 'accepted']], status: 'claimed', claimed: ['priya', 0.5] },
  { asker: 21, question: 'Our team wants a shared calendar for rota cover.', category: 'digital-at-work', channel: 'tab', hoursAgo: 70, offers: [[5, 'expired'], [9, 'expired'], [11, 'expired']], status: 'claimed', claimed: ['priya', 60] },
  { asker: 24, question: 'My laptop says an update is waiting. Is it OK to restart?', category: 'safe-and-legal', channel: 'bot', hoursAgo: 6, offers: [[4, 'accepted']], status: 'claimed', claimed: [4, 1] },
  {
    asker: 'sam', question: 'How do I share a spreadsheet without emailing it?', category: 'digital-at-work', channel: 'bot', hoursAgo: 8 * 24,
    offers: [['priya', 'accepted']], status: 'resolved', claimed: ['priya', 0.3],
    resolved: { afterHours: 26, note: 'Showed Sam how to share from OneDrive with “People you choose”, and sent him the guide.', minutes: 20, rating: 5, comment: 'Priya was so patient. I’ve shared three files since!' },
  },
  {
    asker: 27, question: 'I keep getting signed out of Teams on my phone.', category: 'digital-at-work', channel: 'bot', hoursAgo: 15 * 24,
    offers: [[6, 'passed'], [2, 'accepted']], status: 'resolved', claimed: [2, 2],
    resolved: { afterHours: 5, note: 'Reinstalled Teams and turned on the authenticator app.', minutes: 15, rating: 4, comment: 'Sorted quickly, thank you.' },
  },
  {
    asker: 30, question: 'How do I fill in the mileage claim form online?', category: 'transacting', channel: 'tab', hoursAgo: 4 * 24,
    offers: [[7, 'accepted']], status: 'resolved', claimed: [7, 3], resolved: { afterHours: 22, note: 'Went through the expenses form together and saved a draft.', minutes: 25 },
  },
  {
    asker: 33, question: 'Can my computer read my emails out loud?', category: 'foundation', channel: 'bot', hoursAgo: 25 * 24,
    offers: [['priya', 'accepted']], status: 'resolved', claimed: ['priya', 1], resolved: { afterHours: 20, note: 'Set up Read Aloud in Outlook and showed the Immersive Reader.', minutes: 30, rating: 3 },
  },
  { asker: 36, question: 'How do I change my password?', category: 'foundation', channel: 'tab', hoursAgo: 3 * 24, offers: [[3, 'withdrawn']], status: 'cancelled' },
];

export async function seedDemoHelpRequests(db: Db, framework: FrameworkVersion, cast: DemoChampionCast, now: Date): Promise<void> {
  const champion = (who: Who): DemoPerson => (who === 'priya' ? cast.priya : cast.active[who % cast.active.length]!);
  const persona = (name: string) => cast.staff.find((person) => person.email.toLowerCase() === demoEmail(name));
  const asker = (who: Scenario['asker']): DemoPerson =>
    (who === 'sam' ? persona(DEMO_PERSONA_NAMES.staff) : who === 'dave' ? persona(DEMO_PERSONA_NAMES.depot) : undefined) ??
    cast.staff[(typeof who === 'number' ? who * 7 : 0) % cast.staff.length]!;
  const categories = new Set(framework.categories.map((category) => category.key));

  for (const scenario of SCENARIOS) {
    const asked = ago(now, 0, scenario.hoursAgo);
    const pending = scenario.offers.find(([, outcome]) => outcome === 'pending');
    const claimedAt = scenario.claimed ? later(asked, scenario.claimed[1]) : null;
    const resolvedAt = scenario.resolved ? later(asked, scenario.resolved.afterHours) : null;
    const cancelledAt = scenario.status === 'cancelled' ? later(asked, 0.5) : null;
    const category = categories.has(scenario.category) ? scenario.category : framework.categories[0]!.key;
    const { id } = await db
      .insertInto('help_requests')
      .values({
        requester_id: asker(scenario.asker).id,
        category_key: category,
        question: scenario.question,
        channel: scenario.channel,
        status: scenario.status,
        offered_to: pending ? champion(pending[0]).id : null,
        offer_number: scenario.offers.length,
        offer_expires_at: pending ? later(now, 3) : null,
        claimed_by: scenario.claimed ? champion(scenario.claimed[0]).id : null,
        claimed_at: claimedAt,
        resolved_at: resolvedAt,
        resolution_note: scenario.resolved?.note ?? null,
        minutes_spent: scenario.resolved?.minutes ?? null,
        rating: scenario.resolved?.rating ?? null,
        rating_comment: scenario.resolved?.comment ?? null,
        rated_at: scenario.resolved?.rating && resolvedAt ? later(resolvedAt, 2) : null,
        cancelled_at: cancelledAt,
        created_at: asked,
        updated_at: cancelledAt ?? resolvedAt ?? claimedAt ?? asked,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Each offer follows the last: a pass within the hour, no answer after the four working hours allowed.
    let offeredAt = asked;
    const offers = scenario.offers.map(([who, outcome]) => {
      const decidedAt = { pending: null, accepted: claimedAt, passed: later(offeredAt, 1), expired: later(offeredAt, 4), withdrawn: cancelledAt }[outcome];
      const row = { request_id: id, champion_id: champion(who).id, offered_at: offeredAt, outcome, decided_at: decidedAt };
      offeredAt = decidedAt ?? offeredAt;
      return row;
    });
    await db.insertInto('help_request_offers').values(offers).execute();
    if (scenario.resolved && resolvedAt) {
      await db
        .insertInto('support_sessions')
        .values({
          champion_id: champion(scenario.claimed![0]).id,
          kind: 'help-request',
          happened_on: councilDate(resolvedAt),
          minutes: scenario.resolved.minutes,
          category_keys: [category],
          note: scenario.resolved.note,
          help_request_id: id,
          created_at: resolvedAt,
        })
        .execute();
    }
  }
}
