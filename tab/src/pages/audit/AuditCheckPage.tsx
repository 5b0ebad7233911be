import { Button, Card, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MyAudit } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { submitMyAudit } from '../../api/skills-audit-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useInternalLinkClick, useRouter } from '../../router/history-router';
import { AnswerSummary } from './AnswerSummary';
import { AlreadySubmitted, BackLink, NoAuditOpen } from './AuditStates';
import { answersOf, questionsPath, sortProblems, problemText, submittedPath, unansweredIn, type SortedProblems } from './audit-steps';
import { useMyAudit } from './use-my-audit';

const TITLE = 'Check your answers';

const useStyles = makeStyles({
  submit: { alignSelf: 'flex-start' },
  parts: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Every answer on one page, each with a link to change it, then Submit. */
export function AuditCheckPage() {
  const query = useMyAudit();
  if (query.status === 'loading') return <LoadingState label="Loading your answers…" />;
  if (query.status === 'error') {
    return (
      <>
        <PageHeading title={TITLE} />
        <ErrorState title="We could not load your answers" error={query.error} onRetry={query.reload} />
      </>
    );
  }
  const audit = query.data;
  if (!audit.campaign || audit.status === 'submitted') {
    return (
      <>
        <PageHeading title={TITLE} />
        {!audit.campaign ? <NoAuditOpen /> : <AlreadySubmitted audit={audit} />}
      </>
    );
  }
  return <CheckAnswers audit={audit} campaignId={audit.campaign.id} />;
}

/** On the warning's tinted background the brand link colour is too faint in the dark theme: these links take the text colour, underlined. */
function PartLink({ href, children }: { href: string; children: string }) {
  const onClick = useInternalLinkClick(href);
  return (
    <Link href={href} onClick={onClick} appearance="subtle" inline>
      {children}
    </Link>
  );
}

type Failure = { kind: 'problems'; problems: SortedProblems; detail: string } | { kind: 'error'; error: ApiError };

function CheckAnswers({ audit, campaignId }: { audit: MyAudit; campaignId: string }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const answers = answersOf(audit);
  const unanswered = audit.categories.map((category) => ({ category, missing: unansweredIn(category, answers) })).filter((part) => part.missing.length > 0);
  const unansweredCount = unanswered.reduce((sum, part) => sum + part.missing.length, 0);
  const lastPart = audit.categories[audit.categories.length - 1];

  const submit = () => {
    setBusy(true);
    setFailure(null);
    submitMyAudit(api, { campaignId })
      .then((report) => navigate(submittedPath(report.responseId)))
      .catch((caught: unknown) => {
        const error = asApiError(caught);
        setBusy(false);
        if (error.fieldErrors.length === 0) return setFailure({ kind: 'error', error });
        setFailure({ kind: 'problems', problems: sortProblems(error.fieldErrors, audit), detail: error.message });
      });
  };

  return (
    <>
      {lastPart ? <BackLink href={questionsPath(lastPart.key)} /> : null}
      <PageHeading title={TITLE} heading="Check your answers before you send them" lead="You can change any answer now. Once you send them, you cannot change them for this audit." />
      {failure?.kind === 'problems' ? (
        <ProblemSummary
          headingId="error-summary-title"
         
          scrollOnFocus
          compact
          detail={failure.detail}
          items={failure.problems.statements.map((problem) => ({
            key: problem.statementId,
            text: problemText(problem),
            href: questionsPath(problem.categoryKey, { fromCheck: true, statementId: problem.statementId }),
          }))}
        />
      ) : null}
      {unansweredCount > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You have not answered {plural(unansweredCount, 'statement')}</MessageBarTitle>
            Answer them before you send your answers. They are marked “Not answered” below, in:
            <ul className={styles.parts}>
              {unanswered.map((part) => (
                <li key={part.category.key}>
                  <PartLink href={questionsPath(part.category.key, { fromCheck: true, statementId: part.missing[0]?.id })}>{part.category.title}</PartLink>{' '}
                  ({plural(part.missing.length, 'statement')})
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {audit.categories.map((category) => (
        <AnswerSummary key={category.key} category={category} answers={answers} />
      ))}
      <Card className={shared.card}>
        <section aria-labelledby="send-heading" className={shared.section}>
          <h2 id="send-heading" className={shared.sectionHeading}>
            Now send your answers
          </h2>
          <p className={shared.paragraph}>
            When you send your answers, you will see your skills report and learning plan straight away. You can find it again at
            any time in My skills.
          </p>
          {failure?.kind === 'error' ? <ErrorState title="We could not send your answers" error={failure.error} onRetry={submit} /> : null}
          <Button className={styles.submit} appearance="primary" size="large" icon={<SendRegular />} disabledFocusable={busy} onClick={submit}>
            Submit my answers
          </Button>
        </section>
      </Card>
    </>
  );
}
