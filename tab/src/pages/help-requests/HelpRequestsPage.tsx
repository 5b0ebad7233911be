import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { getCurrentFramework } from '../../api/framework-api';
import { cancelHelpRequest, listMyHelpRequests } from '../../api/help-requests-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { AskChampionForm } from './AskChampionForm';
import { CancelRequestDialog } from './CancelRequestDialog';
import { MyRequestItem } from './MyRequestItem';
import { StatusNotice } from '../../components/StatusNotice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: '0', padding: '0' },
});

/** Asking a Digital Champion for help, and following one's own requests: cancel them, rate the help. */
export function HelpRequestsPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'current-framework');
  const mine = useApiQuery((signal) => listMyHelpRequests(api, signal), 'my-help-requests');
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<HelpRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  // The button pressed goes when the list reloads: focus then moves to the request's heading.
  const focusAfterReload = useRef<string | null>(null);
  useEffect(() => {
    if (mine.status !== 'success' || !focusAfterReload.current) return;
    document.getElementById(focusAfterReload.current)?.focus();
    focusAfterReload.current = null;
  }, [mine.status, mine.data]);

  const changed = (message: string, requestId?: string) => {
    setNotice(message);
    setActionError(null);
    if (requestId) focusAfterReload.current = `request-${requestId}`;
    mine.reload();
  };

  const confirmCancel = async () => {
    if (!cancelling) return;
    setBusy(true);
    try {
      await cancelHelpRequest(api, cancelling.id);
      changed(`Your request about ${cancelling.categoryTitle} is cancelled.`, cancelling.id);
    } catch (error) {
      setActionError(asApiError(error));
      mine.reload();
    } finally {
      setBusy(false);
      setCancelling(null);
    }
  };

  return (
    <div className={styles.page}>
      <PageHeading
        title="Ask a Digital Champion"
        lead="Digital Champions are colleagues who are happy to help with computers, phones, Teams and the council’s systems. Tell us what you need and we will find one."
      />
      <StatusNotice message={notice} />
      {actionError ? <ErrorState title="That did not work" error={actionError} /> : null}

      {framework.status === 'error' ? <ErrorState title="We could not load the form" error={framework.error} onRetry={framework.reload} /> : null}
      {/* One spinner for the page: two at once would say the same thing twice. */}
      {framework.status === 'loading' || (mine.status === 'loading' && !mine.data) ? <LoadingState label="Loading your requests…" /> : null}
      {framework.status === 'success' ? (
        <AskChampionForm
          categories={framework.data.categories}
          onSent={(request) => changed(`Your request is sent. ${request.offeredTo ? 'We have asked a champion to help you.' : 'We are finding a champion to help you.'} You can follow it under My requests.`)}
        />
      ) : null}

      <Card className={shared.card}>
        <section aria-labelledby="my-requests-heading" className={shared.section}>
          <h2 id="my-requests-heading" className={shared.sectionHeading}>
            My requests
          </h2>
          {mine.status === 'error' ? <ErrorState title="We could not load your requests" error={mine.error} onRetry={mine.reload} /> : null}
          {mine.data && mine.data.items.length === 0 ? <p className={shared.paragraph}>You have not asked for help yet.</p> : null}
          {mine.data && mine.data.items.length > 0 ? (
            <>
              {mine.data.total > mine.data.items.length ? (
                <p className={shared.paragraph}>
                  Your latest {mine.data.items.length} of {mine.data.total} requests.
                </p>
              ) : null}
              <ul className={styles.list} aria-labelledby="my-requests-heading">
                {mine.data.items.map((request) => (
                  <MyRequestItem
                    key={request.id}
                    request={request}
                    onCancel={setCancelling}
                    onRated={(rated) => changed('Thank you. Your rating is sent to your champion.', rated.id)}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </Card>

      <CancelRequestDialog
        open={cancelling !== null}
        champion={cancelling?.status === 'claimed' ? (cancelling.claimedBy?.displayName ?? null) : null}
        busy={busy}
        onConfirm={() => void confirmCancel()}
        onKeep={() => setCancelling(null)}
      />
    </div>
  );
}
