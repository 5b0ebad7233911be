import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { acceptHelpRequest, getChampionQueue, passHelpRequest } from '../../api/help-requests-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { usePolling } from '../campaigns/use-polling';
import { QueueItem, type QueueActions, type QueueKind } from './QueueItem';
import { StatusNotice } from '../../components/StatusNotice';

/** New requests appear without a reload; the bot tells champions of them sooner anyway. */
const REFRESH_MS = 60_000;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: '0', padding: '0' },
  heading: { outlineStyle: 'none' },
});

type Notice = { intent: 'success' | 'warning'; text: string };

const SECTIONS: { kind: QueueKind; heading: string; lead: string; empty: string }[] = [
  { kind: 'offered', heading: 'Offered to you', lead: 'Accept a request to help, or pass it on to another champion.', empty: 'Nothing is offered to you at the moment.' },
  { kind: 'open', heading: 'Open to every champion', lead: 'Nobody has taken these yet. The first champion to accept helps.', empty: 'There are no open requests at the moment.' },
  { kind: 'mine', heading: 'You are helping', lead: 'Get in touch through a Teams chat. When you have helped, say what you did and how long it took.', empty: 'You are not helping anyone at the moment.' },
];

/** A 409 says who won; anything else about the request having moved on is said as the server says it. */
function takenNotice(error: ApiError): Notice {
  const taken = /has already taken this request/.test(error.message);
  return { intent: 'warning', text: `${taken ? `Sorry, ${error.message}` : error.message} Thank you for offering. Your queue is up to date.` };
}

/** A champion's queue: requests offered to them, open to every champion, and the ones they are helping. */
export function ChampionQueuePage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const queue = useApiQuery((signal) => getChampionQueue(api, signal), 'champion-queue');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const reload = queue.reload;
  usePolling(useCallback(() => reload(), [reload]), REFRESH_MS, true);

  // The button pressed goes when the queue reloads: focus moves to where the request now is, or its section.
  const focusAfterReload = useRef<string | null>(null);
  useEffect(() => {
    if (queue.status !== 'success' || !focusAfterReload.current) return;
    document.getElementById(focusAfterReload.current)?.focus();
    focusAfterReload.current = null;
  }, [queue.status, queue.data]);

  const act = async (request: HelpRequest, action: () => Promise<Notice>, focusId: string, focusOnConflict: string) => {
    setBusyId(request.id);
    setActionError(null);
    try {
      setNotice(await action());
      focusAfterReload.current = focusId;
    } catch (caught) {
      const error = asApiError(caught);
      if (error.status === 409) {
        setNotice(takenNotice(error));
        focusAfterReload.current = focusOnConflict;
      } else {
        setActionError(error);
      }
    } finally {
      setBusyId(null);
      reload();
    }
  };

  const sectionOf = (request: HelpRequest) => (request.status === 'offered' ? 'section-offered' : 'section-open');
  const actions = (request: HelpRequest): QueueActions => ({
    busy: busyId === request.id,
    onAccept: () =>
      void act(
        request,
        async () => {
          await acceptHelpRequest(api, request.id);
          return { intent: 'success', text: `You are now helping ${request.requester.displayName}. Open a chat with them to get started.` };
        },
        `queue-${request.id}`,
        sectionOf(request),
      ),
    onPass: () =>
      void act(
        request,
        async () => {
          await passHelpRequest(api, request.id);
          return { intent: 'success', text: `You passed on ${request.requester.displayName}’s request. We will ask another champion.` };
        },
        'section-offered',
        'section-offered',
      ),
    onResolved: () => {
      setNotice({ intent: 'success', text: `${request.requester.displayName}’s request is resolved and in your support log. Thank you.` });
      focusAfterReload.current = 'section-mine';
      reload();
    },
  });

  const data = queue.data;
  const items: Record<QueueKind, HelpRequest[]> = { offered: data?.offeredToMe ?? [], open: data?.openToAll ?? [], mine: data?.mine ?? [] };
  return (
    <div className={styles.page}>
      <PageHeading title="Your help queue" lead="Requests for help from colleagues, as the bot offers them to you." />
      <StatusNotice message={notice?.text} intent={notice?.intent} />
      {actionError ? <ErrorState title="That did not work" error={actionError} /> : null}
      {queue.status === 'error' ? <ErrorState title="We could not load your queue" error={queue.error} onRetry={reload} /> : null}
      {queue.status === 'loading' && !data ? <LoadingState label="Loading your queue…" /> : null}
      {data ? (
        <>
          <div>
            <Button icon={<ArrowClockwiseRegular />} onClick={reload}>
              Check for new requests
            </Button>
          </div>
          {SECTIONS.map((section) => (
            <Card key={section.kind} className={shared.card}>
              <section aria-labelledby={`section-${section.kind}`} className={shared.section}>
                <h2 id={`section-${section.kind}`} tabIndex={-1} className={`${shared.sectionHeading} ${styles.heading}`}>
                  {section.heading}
                </h2>
                <p className={shared.paragraph}>{items[section.kind].length === 0 ? section.empty : section.lead}</p>
                {items[section.kind].length > 0 ? (
                  <ul className={styles.list} aria-labelledby={`section-${section.kind}`}>
                    {items[section.kind].map((request) => (
                      <QueueItem key={request.id} request={request} kind={section.kind} actions={actions(request)} />
                    ))}
                  </ul>
                ) : null}
              </section>
            </Card>
          ))}
        </>
      ) : null}
    </div>
  );
}
