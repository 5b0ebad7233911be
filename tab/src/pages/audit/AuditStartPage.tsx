import { Button, Card, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import type { MyAudit } from '../../../../api/src/contracts/skills-audit';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { formatCalendarDate } from '../../components/report/report-format';
import { useSharedStyles } from '../../components/shared-styles';
import { useInternalLinkClick, useRouter } from '../../router/history-router';
import { AlreadySubmitted, NoAuditOpen } from './AuditStates';
import { minutesToComplete, resumePath } from './audit-steps';
import { useMyAudit } from './use-my-audit';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS, maxWidth: '70ch' },
  start: { alignSelf: 'flex-start' },
  facts: { margin: '0', display: 'grid', gridTemplateColumns: 'minmax(7rem, max-content) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: '0', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

const TITLE = 'Digital skills audit';
const LEAD = 'Tell us which everyday digital tasks you can do, so the council can offer you the right help and training.';

/** Why we ask, how long it takes, who sees the answers — then Start, or carry on where you left off. */
export function AuditStartPage() {
  const query = useMyAudit();
  const { location } = useRouter();
  const justSaved = new URLSearchParams(location.search).get('saved') === 'yes';

  return (
    <>
      <PageHeading title={TITLE} lead={LEAD} />
      {query.status === 'error' ? <ErrorState title="We could not load your audit" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading your audit…" /> : null}
      {query.status === 'success' ? <StartContent audit={query.data} justSaved={justSaved} /> : null}
    </>
  );
}

function StartContent({ audit, justSaved }: { audit: MyAudit; justSaved: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (!audit.campaign) return <NoAuditOpen />;
  if (audit.status === 'submitted') return <AlreadySubmitted audit={audit} />;
  const started = audit.status === 'draft';
  return (
    <>
      {justSaved ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your answers are saved</MessageBarTitle>
            Come back any time before {formatCalendarDate(audit.campaign.closesOn)} to finish — here, or in the chat with the hub in Teams.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.grid}>
        <Card className={shared.card}>
          <section aria-labelledby="progress-heading" className={shared.section}>
            <h2 id="progress-heading" className={shared.sectionHeading}>
              {audit.campaign.name}
            </h2>
            <dl className={styles.facts}>
              <dt className={styles.term}>Finish by</dt>
              <dd className={styles.value}>{formatCalendarDate(audit.campaign.closesOn)}</dd>
              <dt className={styles.term}>Your progress</dt>
              <dd className={styles.value}>
                {audit.answered} of {audit.total} statements answered
              </dd>
            </dl>
            <ProgressBar value={audit.answered} max={Math.max(1, audit.total)} thickness="large" aria-label={`Your progress: ${audit.answered} of ${audit.total} statements answered`} />
            {audit.lastChannel === 'bot' ? (
              <p className={shared.paragraph}>You last answered in the chat with the hub in Teams. Your answers from there are saved here too.</p>
            ) : null}
            <StartButton audit={audit} started={started} />
          </section>
        </Card>
        <Card className={shared.card}>
          <section aria-labelledby="how-long-heading" className={shared.section}>
            <h2 id="how-long-heading" className={shared.sectionHeading}>
              How long it takes
            </h2>
            <p className={shared.paragraph}>
              About {minutesToComplete(audit.total)} minutes. There are {audit.total} short statements in {audit.categories.length} parts, such as
              “Use a search engine to look for information online”. For each one, choose the answer that fits you best.
            </p>
            <p className={shared.paragraph}>
              Your answers are saved on every page, so you can stop and carry on later, here or in the chat with the hub in Teams.
              Before you send them, you can check and change them.
            </p>
          </section>
        </Card>
      </div>
      <div className={styles.grid}>
        <Card className={shared.card}>
          <section aria-labelledby="why-heading" className={shared.section}>
            <h2 id="why-heading" className={shared.sectionHeading}>
              Why we ask
            </h2>
            <p className={shared.paragraph}>
              More and more of our work, and of everyday life, happens online. The audit shows which skills you already have and which
              you could learn, so you get a personal learning plan straight away. Put together, everyone’s answers tell the council
              where to spend its training budget. There are no right or wrong answers: please answer honestly.
            </p>
          </section>
        </Card>
        <Card className={shared.card}>
          <section aria-labelledby="who-heading" className={shared.section}>
            <h2 id="who-heading" className={shared.sectionHeading}>
              Who sees your answers
            </h2>
            <ul className={styles.list}>
              <li>You see all your answers and your report.</li>
              <li>
                Your line manager sees whether you have finished. Only if the council allows it, they also see your level in each
                area — never your individual answers.
              </li>
              <li>HR sees everyone’s answers, to plan training. Every time someone looks at your answers, it is recorded.</li>
              <li>Your answers are never used for performance management.</li>
            </ul>
          </section>
        </Card>
      </div>
    </>
  );
}

function StartButton({ audit, started }: { audit: MyAudit; started: boolean }) {
  const styles = useStyles();
  const href = resumePath(audit);
  const onClick = useInternalLinkClick(href);
  const label = !started ? 'Start now' : audit.resumeCategoryKey ? 'Continue where you left off' : 'Check your answers';
  return (
    <Button as="a" href={href} onClick={onClick} appearance="primary" size="large" icon={<ArrowRightRegular />} iconPosition="after" className={styles.start}>
      {label}
    </Button>
  );
}
