import {
  Button,
  Card,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, PauseRegular, PlayRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CampaignProgress, CampaignStep } from '../../../../api/src/contracts/audit-campaigns';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { closeCampaign, getCampaignProgress } from '../../api/campaigns-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { formatDate, formatDates, formatEta, statusLabel } from './campaign-format';
import { CAMPAIGNS_PATH } from './campaign-paths';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { usePolling } from './use-polling';

/** Often enough to watch a campaign go out; rare enough to cost the server nothing. */
const REFRESH_MS = 3000;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: '0',
  },
  // Each term and its detail are grouped for the markup, laid out by the list's grid.
  factRow: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: '0' },
  table: { minWidth: '720px' },
  number: { textAlign: 'end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

function totals(steps: CampaignStep[]): { sent: number; waiting: number; problems: number } {
  return steps.reduce(
    (sum, step) => ({
      sent: sum.sent + step.counts.sent,
      waiting: sum.waiting + step.counts.pending,
      problems: sum.problems + step.counts.failed + step.counts.unreachable,
    }),
    { sent: 0, waiting: 0, problems: 0 },
  );
}

/** One sentence of the counts, shown under the overview. */
function summaryOf(progress: CampaignProgress): string {
  const { sent, waiting, problems } = totals(progress.steps);
  const parts = [`${plural(sent, 'message')} sent`, `${waiting} waiting`];
  if (problems > 0) parts.push(`${plural(problems, 'person', 'people')} not reached`);
  return `${parts.join(', ')}.`;
}

/**
 * What screen readers hear as the campaign goes out: the counts once they change, never the
 * same counts again at every refresh, and nothing for the first load (the page itself says it).
 */
function useChangeAnnouncement(progress: CampaignProgress | undefined): string {
  const [announcement, setAnnouncement] = useState('');
  const last = useRef<string | null>(null);
  const summary = progress ? summaryOf(progress) : null;
  useEffect(() => {
    if (summary === null || summary === last.current) return;
    if (last.current !== null) setAnnouncement(`Updated: ${summary}`);
    last.current = summary;
  }, [summary]);
  return announcement;
}

/** Live progress of one campaign's bot messages, for HR: counts per step, time left, and who could not be reached. */
export function CampaignProgressPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { location } = useRouter();
  const campaignId = new URLSearchParams(location.search).get('id') ?? '';
  const progress = useApiQuery((signal) => getCampaignProgress(api, campaignId, signal), `campaign-progress:${campaignId}`);
  const [closing, setClosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [closeError, setCloseError] = useState<ApiError | null>(null);
  const reload = progress.reload;
  const refresh = useCallback(() => reload(), [reload]);
  const live = progress.data?.campaign.status === 'launched';
  // People who read slowly, or with a screen reader, can stop the page changing under them (WCAG 2.2.2).
  const [paused, setPaused] = useState(false);
  usePolling(refresh, REFRESH_MS, live && !paused && progress.status !== 'error');
  const announcement = useChangeAnnouncement(progress.data);

  const close = async () => {
    setBusy(true);
    setCloseError(null);
    try {
      await closeCampaign(api, campaignId);
      reload();
    } catch (error) {
      setCloseError(asApiError(error));
    } finally {
      setBusy(false);
      setClosing(false);
    }
  };

  const data = progress.data;
  return (
    <div className={styles.page}>
      <PageHeading
        title="Campaign progress"
        heading={data ? data.campaign.name : 'Campaign progress'}
        lead={live ? (paused ? 'Updates are paused. Refresh to see the latest counts, or resume the updates.' : 'This page updates itself every few seconds while the campaign is running.') : undefined}
      />
      <div className={shared.visuallyHidden} role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {live ? (
        <div className={styles.actions}>
          <Button icon={paused ? <PlayRegular /> : <PauseRegular />} onClick={() => setPaused((was) => !was)}>
            {paused ? 'Resume updates' : 'Pause updates'}
          </Button>
          {paused ? (
            <Button icon={<ArrowClockwiseRegular />} onClick={refresh}>
              Refresh now
            </Button>
          ) : null}
        </div>
      ) : null}
      <div>
        <RouterLink href={CAMPAIGNS_PATH}>Back to all campaigns</RouterLink>
      </div>
      {progress.status === 'error' ? <ErrorState title="We could not load the campaign’s progress" error={progress.error} onRetry={reload} /> : null}
      {!data && progress.status === 'loading' ? <LoadingState label="Loading the campaign’s progress…" /> : null}
      {closeError ? <ErrorState title="The campaign was not closed" error={closeError} /> : null}
      {data ? (
        <>
          <Overview progress={data} onClose={() => setClosing(true)} />
          <StepTable progress={data} />
          <ProblemTable progress={data} />
        </>
      ) : null}
      <ConfirmDialog
        open={closing}
        title={`Close ${data?.campaign.name ?? 'the campaign'} now?`}
        confirmLabel="Close the campaign"
        busy={busy}
        onConfirm={() => void close()}
        onCancel={() => setClosing(false)}
      >
        Nobody will be able to save or submit answers, and messages not yet sent will not be sent. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}

function Overview({ progress, onClose }: { progress: CampaignProgress; onClose: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { campaign } = progress;
  const facts: [string, string][] = [
    ['Status', statusLabel(campaign)],
    ['Dates', formatDates(campaign)],
    ['Who', campaign.populationLabel],
    ['People in it', String(campaign.members)],
    ['Submitted', `${campaign.submitted} of ${campaign.members}`],
    ['Started, not submitted', String(campaign.inProgress)],
    ['Sending rate', `Up to ${progress.ratePerSecond} messages a second`],
  ];
  return (
    <Card className={shared.card}>
      <section aria-labelledby="overview-heading" className={shared.section}>
        <h2 id="overview-heading" className={shared.sectionHeading}>
          Overview
        </h2>
        <dl className={styles.facts}>
          {facts.map(([term, detail]) => (
            <div key={term} className={styles.factRow}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.detail}>{detail}</dd>
            </div>
          ))}
        </dl>
        <p className={shared.paragraph}>{summaryOf(progress)}</p>
        {campaign.status === 'launched' ? (
          <div className={styles.actions}>
            <Button onClick={onClose}>Close the campaign early</Button>
          </div>
        ) : null}
      </section>
    </Card>
  );
}

function StepTable({ progress }: { progress: CampaignProgress }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="steps-heading" className={shared.section}>
        <h2 id="steps-heading" className={shared.sectionHeading}>
          Messages
        </h2>
        <p className={`${shared.paragraph} ${shared.muted}`}>
          Invitations go out from 9am on the opening day; each reminder goes to those who have not submitted, from 9am on its day.
        </p>
        <DataTable
          label="Messages by step"
          className={styles.table}
          head={
            <>
              <HeadCell>Step</HeadCell>
              <HeadCell>Due</HeadCell>
              <HeadCell className={styles.number}>Sent</HeadCell>
              <HeadCell className={styles.number}>Waiting</HeadCell>
              <HeadCell className={styles.number}>Failed</HeadCell>
              <HeadCell className={styles.number}>Not reachable</HeadCell>
              <HeadCell className={styles.number}>Not needed</HeadCell>
              <HeadCell>Time left</HeadCell>
            </>
          }
        >
          {progress.steps.map((step) => (
            <TableRow key={step.step}>
              <Cell>{step.label}</Cell>
              <Cell>{formatDate(step.dueOn)}</Cell>
              <Cell className={styles.number}>{step.counts.sent}</Cell>
              <Cell className={styles.number}>{step.counts.pending}</Cell>
              <Cell className={styles.number}>{step.counts.failed}</Cell>
              <Cell className={styles.number}>{step.counts.unreachable}</Cell>
              <Cell className={styles.number}>{step.counts.skipped}</Cell>
              <Cell>{formatEta(step.etaSeconds)}</Cell>
            </TableRow>
          ))}
        </DataTable>
      </section>
    </Card>
  );
}

function ProblemTable({ progress }: { progress: CampaignProgress }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const steps = new Map(progress.steps.map((step) => [step.step, step.label]));
  return (
    <Card className={shared.card}>
      <section aria-labelledby="problems-heading" className={shared.section}>
        <h2 id="problems-heading" className={shared.sectionHeading}>
          People not reached
        </h2>
        {progress.problems.length === 0 ? (
          <p className={shared.paragraph}>Nobody so far. Anyone the bot cannot reach is listed here with the reason.</p>
        ) : (
          <>
            <p className={shared.paragraph}>
              {plural(progress.problems.length, 'message')} could not be delivered. Contact these people another way, or ask IT to install the app for
              them.
            </p>
            <DataTable
              label="People not reached"
              className={styles.table}
              head={
                <>
                  <HeadCell>Person</HeadCell>
                  <HeadCell>Message</HeadCell>
                  <HeadCell>What happened</HeadCell>
                  <HeadCell>Reason</HeadCell>
                  <HeadCell className={styles.number}>Tries</HeadCell>
                </>
              }
            >
              {progress.problems.map((problem) => (
                <TableRow key={`${problem.person.id}-${problem.step}`}>
                  <Cell>{problem.person.displayName}</Cell>
                  <Cell>{steps.get(problem.step) ?? problem.step}</Cell>
                  <Cell>{problem.status === 'unreachable' ? 'Not reachable' : 'Failed'}</Cell>
                  <Cell>{problem.reason}</Cell>
                  <Cell className={styles.number}>{problem.attempts}</Cell>
                </TableRow>
              ))}
            </DataTable>
          </>
        )}
      </section>
    </Card>
  );
}
