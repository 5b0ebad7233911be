import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { getLatestMatchRun, runMatching } from '../../api/matching-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MatchRunTables } from './MatchRunTables';
import { StatusNotice } from '../../components/StatusNotice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * The digital team matches learners who asked for a champion: a run pairs each with the
 * champion who covers most of what they need (same building and service count for more),
 * without going over anyone's capacity, and the bot tells both sides. The latest run shows
 * every match with its reason and everyone left waiting with theirs.
 */
export function MatchingPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [version, setVersion] = useState(0);
  const latest = useApiQuery((signal) => getLatestMatchRun(api, signal), `latest-match-run:${version}`);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const run = async () => {
    setBusy(true);
    setActionError(null);
    try {
      const result = await runMatching(api);
      setNotice(`Matching is done: ${plural(result.matchedCount, 'learner')} matched, ${plural(result.unmatched.length, 'learner')} left waiting. The bot is telling everyone matched.`);
      setVersion((count) => count + 1);
    } catch (error) {
      setActionError(asApiError(error));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const waiting = latest.data?.waitingLearners ?? 0;
  return (
    <div className={styles.page}>
      <PageHeading
        title="Champion matching"
        lead="Match colleagues who asked for a Digital Champion with one who is strong in what they need, with time to help. Every match says why; everyone left waiting is listed with the reason."
      />
      <StatusNotice message={notice} />
      {actionError ? <ErrorState title="Matching did not run" error={actionError} /> : null}
      {latest.status === 'error' ? <ErrorState title="We could not load the latest matching run" error={latest.error} onRetry={latest.reload} /> : null}
      {latest.status === 'loading' && !latest.data ? <LoadingState label="Loading the latest matching run…" /> : null}
      {latest.data ? (
        <>
          <Card className={shared.card}>
            <section aria-labelledby="run-matching-heading" className={shared.section}>
              <h2 id="run-matching-heading" className={shared.sectionHeading}>
                Run matching
              </h2>
              <p className={shared.paragraph}>
                {waiting === 0
                  ? 'Nobody is waiting for a champion at the moment.'
                  : `${plural(waiting, 'colleague')} ${waiting === 1 ? 'is' : 'are'} waiting for a champion.`}
              </p>
              <div>
                <Button appearance="primary" icon={<PeopleSyncRegular />} onClick={() => setConfirming(true)} disabledFocusable={busy}>
                  Run matching
                </Button>
              </div>
            </section>
          </Card>
          {latest.data.run ? (
            <MatchRunTables run={latest.data.run} />
          ) : (
            <Card className={shared.card}>
              <p className={shared.paragraph}>Matching has not been run yet.</p>
            </Card>
          )}
        </>
      ) : null}

      <ConfirmDialog open={confirming} title="Run matching now?" confirmLabel="Run matching" busy={busy} onConfirm={() => void run()} onCancel={() => setConfirming(false)}>
        We will match {plural(waiting, 'colleague')} waiting with the champions who have room. The bot then tells each colleague and
        champion straight away, so this cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
