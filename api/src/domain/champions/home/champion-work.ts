import type { WaitingItem } from '../../../contracts/me.js';
import type { WaitingProvider } from '../../directory/get-me.js';
import { hasAnyRole, hasRole, type Actor } from '../../shared/actor.js';

/** How much of the champions programme's work is waiting, counted in one read. */
export interface ChampionWork {
  /** People who volunteered and wait for the digital team or HR to approve them. */
  volunteers: number;
  /** Help requests no champion has taken yet. */
  unclaimedRequests: number;
  /** Guides sent for publishing. */
  guidesToPublish: number;
  /** Requests offered to this champion, waiting for their answer. */
  offeredToMe: number;
  /** Requests this champion took and has not resolved yet. */
  helpingNow: number;
}

export interface ChampionWorkCounts {
  count(championId: string): Promise<ChampionWork>;
}

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
const requests = (count: number) => (count === 1 ? '1 help request' : `${count} help requests`);

/**
 * Home's work for the roles that run the champions programme: the digital team and HR see
 * volunteers to approve, the digital team requests nobody took and guides to publish, and a
 * champion what the help queue holds for them. Staff without those roles pay for no query.
 */
export function championWaiting(counts: ChampionWorkCounts): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    const manages = hasAnyRole(actor, ['digital', 'hr']);
    const digital = hasRole(actor, 'digital');
    const champion = hasRole(actor, 'champion');
    if (!manages && !champion) return [];
    const work = await counts.count(actor.personId);
    const items: WaitingItem[] = [];
    if (champion && work.offeredToMe > 0) {
      items.push({
        id: 'help-offered-to-me',
        title: `${requests(work.offeredToMe)} ${work.offeredToMe === 1 ? 'is' : 'are'} waiting for your answer`,
        detail: 'Take it if you can help, or pass so that another champion is asked.',
        href: '/champions/queue',
        count: work.offeredToMe,
      });
    }
    if (champion && work.helpingNow > 0) {
      items.push({
        id: 'help-in-progress',
        title: `You are helping with ${requests(work.helpingNow)}`,
        detail: 'Mark each one resolved in your help queue when the person has what they needed.',
        href: '/champions/queue',
        count: work.helpingNow,
      });
    }
    if (manages && work.volunteers > 0) {
      items.push({
        id: 'champion-volunteers',
        title: `${people(work.volunteers)} volunteered to be a Digital Champion`,
        detail: 'Approve or decline each of them on the Digital Champions page. They hear the answer from the bot.',
        href: '/champions',
        count: work.volunteers,
      });
    }
    if (digital && work.unclaimedRequests > 0) {
      items.push({
        id: 'unclaimed-help-requests',
        title: `${requests(work.unclaimedRequests)} ${work.unclaimedRequests === 1 ? 'has' : 'have'} no champion yet`,
        detail: 'See where requests wait and which skills or sites have too few champions.',
        href: '/champions/overview',
        count: work.unclaimedRequests,
      });
    }
    if (digital && work.guidesToPublish > 0) {
      items.push({
        id: 'guides-to-publish',
        title: `${work.guidesToPublish === 1 ? '1 guide is' : `${work.guidesToPublish} guides are`} waiting to be published`,
        detail: 'Read each one, then publish it or send it back with a comment.',
        href: '/guides',
        count: work.guidesToPublish,
      });
    }
    return items;
  };
}
