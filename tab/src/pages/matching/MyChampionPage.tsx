import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MyMatch, MyMatching } from '../../../../api/src/contracts/matching';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { declineMatch, getMyMatching, withdrawFromMatching } from '../../api/matching-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MatchDetails } from './MatchDetails';
import { OptInForm } from './OptInForm';
import { StatusNotice } from '../../components/StatusNotice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'grid', gap: tokens.spacingVerticalL },
});

/**
 * A learner's Digital Champion: ask to be matched (from their report), see who they are
 * matched with and why, chat with them, or decline; and, for champions, the people matched
 * with them.
 */
export function MyChampionPage() {
  const styles = useStyles();
  const api = useApi();
  const [version, setVersion] = useState(0);
  const query = useApiQuery((signal) => getMyMatching(api, signal), `my-matching:${version}`);
  const [notice, setNotice] = useState<string | null>(null);
  const [declining, setDeclining] = useState<MyMatch | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const changed = (message: string) => {
    setNotice(message);
    setActionError(null);
    setVersion((count) => count + 1);
  };

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      changed(await work());
    } catch (error) {
      setActionError(asApiError(error));
      setVersion((count) => count + 1);
    } finally {
      setBusy(false);
      setDeclining(null);
    }
  };

  const otherOf = (match: MyMatch, matching: MyMatching) => (matching.match?.id === match.id ? match.champion : match.learner);

  return (
    <div className={styles.page}>
      <PageHeading title="My champion" lead="A Digital Champion is a colleague who helps others with everyday digital tasks, at your pace." />
      <StatusNotice message={notice} />
      {actionError ? <ErrorState title="That did not work" error={actionError} /> : null}
      {query.status === 'error' ? <ErrorState title="We could not load your champion" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' && !query.data ? <LoadingState label="Loading your champion…" /> : null}
      {query.data ? (
        <MyMatchingView
          matching={query.data}
          busy={busy}
          onOptedIn={() => changed('Thank you. You are on the list: the digital team will match you with a champion, and the bot will tell you who.')}
          onWithdraw={() => void act(async () => (await withdrawFromMatching(api), 'You are no longer on the list for a champion.'))}
          onDecline={setDeclining}
        />
      ) : null}

      <ConfirmDialog
        open={declining !== null}
        title="Decline this match?"
        confirmLabel="Decline the match"
        busy={busy}
        onConfirm={() =>
          void act(async () => {
            const declined = await declineMatch(api, declining!.id);
            return `You declined the match with ${otherOf(declined, query.data!).displayName}. We have let them know.`;
          })
        }
        onCancel={() => setDeclining(null)}
      >
        {declining && query.data
          ? `We will tell ${otherOf(declining, query.data).displayName} that the match is off. You will not be matched with each other again for a while. This cannot be undone.`
          : null}
      </ConfirmDialog>
    </div>
  );
}

function MyMatchingView({
  matching,
  busy,
  onOptedIn,
  onWithdraw,
  onDecline,
}: {
  matching: MyMatching;
  busy: boolean;
  onOptedIn: () => void;
  onWithdraw: () => void;
  onDecline: (match: MyMatch) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <>
      {matching.match ? (
        <Card className={shared.card}>
          <section aria-labelledby="my-champion-heading" className={shared.section}>
            <h2 id="my-champion-heading" className={shared.sectionHeading}>
              Your Digital Champion
            </h2>
            <MatchDetails match={matching.match} other="champion" headingLevel="h3" onDecline={onDecline} />
          </section>
        </Card>
      ) : null}

      {!matching.match && !matching.hasAudit ? (
        <Card className={shared.card}>
          <section aria-labelledby="audit-first-heading" className={shared.section}>
            <h2 id="audit-first-heading" className={shared.sectionHeading}>
              Take the skills audit first
            </h2>
            <p className={shared.paragraph}>We match you with a champion who is good at what your skills audit shows you would like to learn.</p>
            <RouterLink href={PAGE_PATHS.audit}>Take the skills audit</RouterLink>
          </section>
        </Card>
      ) : null}

      {!matching.match && matching.hasAudit && matching.optIn ? (
        <Card className={shared.card}>
          <section aria-labelledby="waiting-heading" className={shared.section}>
            <h2 id="waiting-heading" className={shared.sectionHeading}>
              You are on the list
            </h2>
            <p className={shared.paragraph}>
              {matching.optIn.inPerson ? 'You asked for help in person.' : 'You asked for help online.'} The digital team matches people with
              champions regularly. The bot will tell you who your champion is.
            </p>
            {matching.lastUnmatched ? (
              <p className={shared.paragraph}>The last time we matched people, we could not find you a champion yet: {matching.lastUnmatched.reasonText}.</p>
            ) : null}
            <div>
              <Button onClick={onWithdraw} disabledFocusable={busy}>
                Take me off the list
              </Button>
            </div>
          </section>
        </Card>
      ) : null}

      {!matching.match && matching.hasAudit ? <OptInForm current={matching.optIn} onSaved={onOptedIn} /> : null}

      {matching.asChampion.length > 0 ? (
        <Card className={shared.card}>
          <section aria-labelledby="matched-with-me-heading" className={shared.section}>
            <h2 id="matched-with-me-heading" className={shared.sectionHeading}>
              People matched with you
            </h2>
            <ul className={styles.list} aria-labelledby="matched-with-me-heading">
              {matching.asChampion.map((match) => (
                <li key={match.id}>
                  <MatchDetails match={match} other="learner" headingLevel="h3" onDecline={onDecline} />
                </li>
              ))}
            </ul>
          </section>
        </Card>
      ) : null}
    </>
  );
}
