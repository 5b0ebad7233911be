import { useState } from 'react';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { inviteChampion } from '../../api/champions-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { toldSentence } from './champion-format';
import { ChampionActionDialog } from './ChampionActionDialog';

export interface Invitee {
  id: string;
  displayName: string;
}

/**
 * Asks before inviting someone to be a Digital Champion, with an optional note for them.
 * `onDone` gets what to tell the digital team, or null when they cancelled.
 */
export function InviteDialog({ invitee, onDone }: { invitee: Invitee | null; onDone: (message: string | null) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const invite = async (note: string) => {
    if (!invitee) return;
    setBusy(true);
    setError(null);
    try {
      const change = await inviteChampion(api, invitee.id, note || undefined);
      onDone(`${change.person.displayName} is invited to be a Digital Champion.${toldSentence(change)}`);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ChampionActionDialog
      open={invitee !== null}
      title={`Invite ${invitee?.displayName ?? ''} to be a Digital Champion?`}
      confirmLabel="Send the invitation"
      busy={busy}
      onConfirm={(note) => void invite(note)}
      onCancel={() => {
        setError(null);
        onDone(null);
      }}
    >
      {error ? <ErrorState title="The invitation was not sent" error={error} /> : null}
      The bot sends them an invitation with Accept and No thanks buttons. They can also answer on the Digital Champions page.
    </ChampionActionDialog>
  );
}
