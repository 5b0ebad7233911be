import { Button, Card } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { DropIn, HostedDropIn } from '../../../../api/src/contracts/drop-ins';
import { useApi } from '../../api/api-context';
import { cancelDropIn, getHostedDropIns, logDropIn } from '../../api/drop-ins-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { useSharedStyles } from '../../components/shared-styles';
import { durationText, sessionTimeText } from '../support-log/uk-time';
import { CancelDropInDialog } from './CancelDropInDialog';
import { useDropInAction, useDropInListStyles, type DropInSectionProps } from './drop-in-section';
import { DropInForm } from './DropInForm';
import { HostedDropInItem } from './HostedDropInItem';

/** A champion's own sessions: put on a new one, see who is coming, cancel one, log one that has ended. */
export function HostedDropIns({ skills, sites, refreshKey, announce, onChanged }: DropInSectionProps) {
  const styles = useDropInListStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [creating, setCreating] = useState(false);
  const [cancelling, setCancelling] = useState<HostedDropIn | null>(null);
  const { busyId, run } = useDropInAction({ announce, onChanged });
  const createButton = useRef<HTMLButtonElement>(null);
  const hosted = useApiQuery((signal) => getHostedDropIns(api, signal), String(refreshKey));

  const closeForm = () => {
    setCreating(false);
    // The form is gone: focus goes back to the button that opened it.
    requestAnimationFrame(() => createButton.current?.focus());
  };

  const created = (dropIn: DropIn) => {
    announce('success', `Created ${dropIn.title} on ${sessionTimeText(dropIn.startsAt, dropIn.endsAt)}.${dropIn.hasOnlineMeeting ? ' It has a Teams meeting.' : ''}`);
    closeForm();
    onChanged();
  };

  const cancel = (dropIn: DropIn, reason: string) =>
    void run(
      dropIn.id,
      async () => {
        await cancelDropIn(api, dropIn.id, reason);
        return `Cancelled ${dropIn.title}. Everyone with a place is being told.`;
      },
      'The session was not cancelled',
      () => setCancelling(null),
    );

  const log = (dropIn: HostedDropIn) =>
    void run(
      dropIn.id,
      async () => {
        const session = await logDropIn(api, dropIn.id);
        return `Logged ${dropIn.title} in your support log: ${durationText(session.minutes)}, ${plural(session.peopleHelped, 'person', 'people')} helped.`;
      },
      'The session was not logged',
      () => setCancelling(null),
    );

  return (
    <Card className={shared.card}>
      <section aria-labelledby="hosted-heading" className={shared.section}>
        <h2 id="hosted-heading" className={shared.sectionHeading}>
          Sessions I host
        </h2>
        {creating ? (
          <DropInForm skills={skills} sites={sites} onCreated={created} onCancel={closeForm} />
        ) : (
          <div>
            <Button ref={createButton} appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
              Put on a drop-in session
            </Button>
          </div>
        )}
        {hosted.status === 'error' ? <ErrorState title="We could not load your sessions" error={hosted.error} onRetry={hosted.reload} /> : null}
        {hosted.data === undefined && hosted.status === 'loading' ? <LoadingState label="Loading your sessions…" /> : null}
        {hosted.data && hosted.data.items.length === 0 ? <p className={shared.paragraph}>You are not hosting any sessions.</p> : null}
        {hosted.data && hosted.data.items.length > 0 ? (
          <ul className={styles.list} aria-label="Sessions I host">
            {hosted.data.items.map((dropIn) => (
              <li key={dropIn.id}>
                <HostedDropInItem dropIn={dropIn} busy={busyId === dropIn.id} onCancel={setCancelling} onLog={log} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <CancelDropInDialog key={cancelling?.id ?? 'none'} dropIn={cancelling} busy={busyId !== null} onConfirm={cancel} onClose={() => setCancelling(null)} />
    </Card>
  );
}
