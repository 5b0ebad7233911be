import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { plural } from '../../components/format';

/** What the drop-in pages say about a session, in one place so the list and the host's view agree. */

export function whereText(dropIn: DropIn): string {
  const room = [dropIn.place, dropIn.site?.name].filter(Boolean).join(', ');
  if (dropIn.format === 'online') return 'Online, in Microsoft Teams';
  return dropIn.hasOnlineMeeting ? `${room}, or online in Microsoft Teams` : room;
}

export function placesText(dropIn: DropIn): string {
  if (dropIn.placesLeft === 0) return `Full (${plural(dropIn.capacity, 'place')})`;
  return `${plural(dropIn.placesLeft, 'place')} left of ${dropIn.capacity}`;
}

/** The one line that says where the person stands with this session. */
export function myStatusText(dropIn: DropIn): string {
  if (dropIn.status === 'cancelled') return 'This session has been cancelled.';
  if (dropIn.ended) return 'This session has ended.';
  if (dropIn.isHost) return 'You are running this session. See who is coming under Sessions I host.';
  if (dropIn.registered) return dropIn.started ? 'You have a place. It has started.' : 'You have a place.';
  if (dropIn.started) return 'It has started, so places can no longer be booked.';
  if (dropIn.placesLeft === 0) return 'It is full. Look for another session.';
  return 'You do not have a place yet.';
}
