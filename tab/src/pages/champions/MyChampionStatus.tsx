import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChampionProfile } from '../../../../api/src/contracts/champions';
import { answerInvitation, volunteer } from '../../api/champions-api';
import { useApi } from '../../api/api-context';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { StatusNotice } from '../../components/StatusNotice';
import { RouterLink } from '../../router/RouterLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CHAMPIONS_PATHS, invitedBy, statusLabel } from './champion-format';
import { useChampionChange } from './use-champion-change';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Since when: the last change in their history. */
function since(record: ChampionProfile): string {
  const last = record.history[record.history.length - 1];
  return last ? ` since ${formatDateTime(last.at)}` : '';
}

function StatusSentence({ record }: { record: ChampionProfile }) {
  const shared = useSharedStyles();
  const profileLink = <RouterLink href={CHAMPIONS_PATHS.profile}>your champion profile</RouterLink>;
  switch (record.status) {
    case 'volunteered':
      return (
        <p className={shared.paragraph}>
          You volunteered{since(record)}. The digital team will look at your offer and let you know through the bot. While you wait, you can
          fill in {profileLink}.
        </p>
      );
    case 'invited':
      return (
        <p className={shared.paragraph}>
          {invitedBy(record) ?? 'The digital team'} has invited you to be a Digital Champion. Would you like to?
        </p>
      );
    case 'active':
      return <p className={shared.paragraph}>You are an active Digital Champion. Keep {profileLink} up to date so the right people are sent to you.</p>;
    case 'paused':
      return <p className={shared.paragraph}>You are a Digital Champion, but your support is paused: nobody is sent to you. You can resume it on {profileLink}.</p>;
    case 'stepped-down':
      return <p className={shared.paragraph}>You stepped down as a Digital Champion{since(record)}. Thank you. You can volunteer again whenever you like.</p>;
    case 'declined':
      return <p className={shared.paragraph}>Your last offer was not taken forward{since(record)}. You can volunteer again whenever you like.</p>;
  }
}

/** Your own status in the programme, and what you can do from it: volunteer, or answer an invitation. */
export function MyChampionStatus({ record, onChanged }: { record: ChampionProfile | null; onChanged: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const change = useChampionChange(onChanged);
  const { busy, error, notice } = change;
  const canVolunteer = record === null || record.status === 'stepped-down' || record.status === 'declined';

  const run = (action: () => Promise<unknown>, done: string) =>
    change.run(async () => {
      await action();
      return done;
    }, () => setConfirming(false));

  return (
    <Card className={shared.card}>
      <section aria-labelledby="my-champion-status" className={shared.section}>
        <h2 id="my-champion-status" className={shared.sectionHeading}>
          {record ? `Your status: ${statusLabel(record.status)}` : 'Would you like to be a Digital Champion?'}
        </h2>
        <StatusNotice message={notice} />
        {error ? <ErrorState title="That did not work" error={error} /> : null}
        {record ? (
          <StatusSentence record={record} />
        ) : (
          <p className={shared.paragraph}>If you are confident with digital tools and happy to help colleagues, volunteer. The digital team will get back to you.</p>
        )}
        <div className={styles.actions}>
          {canVolunteer ? (
            <Button appearance="primary" disabledFocusable={busy} onClick={() => setConfirming(true)}>
              Volunteer
            </Button>
          ) : null}
          {record?.status === 'invited' ? (
            <>
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void run(() => answerInvitation(api, true), 'Thank you. You are now a Digital Champion. Next, fill in your champion profile.')}>
                Accept the invitation
              </Button>
              <Button disabledFocusable={busy} onClick={() => void run(() => answerInvitation(api, false), 'Thank you for letting us know. You can volunteer later if you change your mind.')}>
                No thanks
              </Button>
            </>
          ) : null}
        </div>
      </section>
      <ConfirmDialog
        open={confirming}
        initialFocus="first"
        title="Volunteer to be a Digital Champion?"
        confirmLabel="Yes, volunteer"
        busy={busy}
        onConfirm={() => void run(() => volunteer(api), 'Thank you for volunteering. The digital team will let you know through the bot.')}
        onCancel={() => setConfirming(false)}
      >
        The digital team will look at your offer and let you know. Your strengths from your latest skills audit will be shown to them.
      </ConfirmDialog>
    </Card>
  );
}
