import { useSession } from '../../session/session-context';

/** Champions and the digital team write guides; the digital team publishes them. The server decides; this only picks what to show. */
export function useGuideRoles(): { canWrite: boolean; canPublish: boolean } {
  const { state } = useSession();
  const roles = state.status === 'signed-in' ? state.me.roles.map((badge) => badge.role) : [];
  const canPublish = roles.includes('digital');
  return { canWrite: canPublish || roles.includes('champion'), canPublish };
}
