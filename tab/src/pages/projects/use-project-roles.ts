import { useSession } from '../../session/session-context';

/** The digital team keeps the register. The server decides; this only picks what to show. */
export function useCanCurateProjects(): boolean {
  const { state } = useSession();
  return state.status === 'signed-in' && state.me.roles.some((badge) => badge.role === 'digital');
}
