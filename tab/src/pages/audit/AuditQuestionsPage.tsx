import { Button, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MyAudit } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { saveMyAnswers } from '../../api/skills-audit-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useRouter } from '../../router/history-router';
import { AlreadySubmitted, BackLink, NoAuditOpen } from './AuditStates';
import { AUDIT_PATHS, answersOf, firstAnswerId, positionOf, questionsPath, sortProblems, problemText, statementAnchor, type Position, type SortedProblems } from './audit-steps';
import { StatementFieldset } from './StatementFieldset';
import { useMyAudit } from './use-my-audit';

const useStyles = makeStyles({
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  caption: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightRegular,
  },
  progress: { maxWidth: '480px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalM },
});

/** One part of the audit: its statements, four answers each, saved on the way to the next part. */
export function AuditQuestionsPage() {
  const { location } = useRouter();
  const params = new URLSearchParams(location.search);
  const categoryKey = params.get('category');
  // Each part is a page of its own: state (answers, errors) starts afresh, and its heading takes focus.
  return <QuestionsForCategory key={location.search} categoryKey={categoryKey} fromCheck={params.get('from') === 'check'} />;
}

function QuestionsForCategory({ categoryKey, fromCheck }: { categoryKey: string | null; fromCheck: boolean }) {
  const query = useMyAudit();
  if (query.status === 'loading') return <LoadingState label="Loading the questions…" />;
  if (query.status === 'error') {
    return (
      <>
        <PageHeading title="Digital skills audit" />
        <ErrorState title="We could not load the questions" error={query.error} onRetry={query.reload} />
      </>
    );
  }
  const audit = query.data;
  const position = positionOf(audit, categoryKey);
  if (!audit.campaign || audit.status === 'submitted' || !position) {
    return (
      <>
        <PageHeading title="Digital skills audit" />
        {!audit.campaign ? <NoAuditOpen /> : audit.status === 'submitted' ? <AlreadySubmitted audit={audit} /> : <UnknownPart />}
      </>
    );
  }
  return <QuestionsForm audit={audit} campaignId={audit.campaign.id} position={position} fromCheck={fromCheck} />;
}

function UnknownPart() {
  const shared = useSharedStyles();
  return (
    <p className={shared.paragraph}>
      We could not find that part of the audit. It may have changed since the link was made. <BackLink href={AUDIT_PATHS.start}>Go to the start of the audit</BackLink>
    </p>
  );
}

type Destination = 'next' | 'later';
type Failure = { kind: 'problems'; problems: SortedProblems; detail: string } | { kind: 'error'; error: ApiError; destination: Destination };

function QuestionsForm({ audit, campaignId, position, fromCheck }: { audit: MyAudit; campaignId: string; position: Position; fromCheck: boolean }) {
  const styles = useStyles();
  const api = useApi();
  const { navigate } = useRouter();
  const { category, index, count, previous, next } = position;
  const [answers, setAnswers] = useState(() => answersOf(audit));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  useFocusLinkedStatement();

  const backHref = fromCheck ? AUDIT_PATHS.check : previous ? questionsPath(previous.key) : AUDIT_PATHS.start;
  const nextHref = fromCheck || !next ? AUDIT_PATHS.check : questionsPath(next.key);

  const save = (destination: Destination) => {
    const given = category.statements.flatMap((statement) => {
      const answer = answers.get(statement.id);
      return answer ? [{ statementId: statement.id, answer }] : [];
    });
    const sent = given.map((answer) => answer.statementId);
    setBusy(true);
    setFailure(null);
    saveMyAnswers(api, { campaignId, categoryKey: category.key, answers: given })
      .then(() => navigate(destination === 'next' ? nextHref : `${AUDIT_PATHS.start}?saved=yes`))
      .catch((caught: unknown) => {
        const error = asApiError(caught);
        setBusy(false);
        if (error.fieldErrors.length === 0) return setFailure({ kind: 'error', error, destination });
        setFailure({ kind: 'problems', problems: sortProblems(error.fieldErrors, audit, sent), detail: error.message });
      });
  };

  const statementErrors = new Map(failure?.kind === 'problems' ? failure.problems.statements.map((problem) => [problem.statementId, problem.message]) : []);

  return (
    <>
      <div className={styles.top}>
        <BackLink href={backHref} />
        <PageHeading
          title={`${category.title} – Digital skills audit`}
          heading={
            <>
              {/* Inside the heading, so the part number is read out with it when the heading takes focus. */}
              <span className={styles.caption}>
                Part {index + 1} of {count}
              </span>
              {category.title}
            </>
          }
          lead={category.description}
        />
        <ProgressBar
          className={styles.progress}
          value={index + 1}
          max={count}
          thickness="large"
          aria-label="Progress through the audit"
          aria-valuetext={`Part ${index + 1} of ${count}`}
        />
      </div>
      {failure?.kind === 'error' ? <ErrorState title="We could not save your answers" error={failure.error} onRetry={() => save(failure.destination)} /> : null}
      {failure?.kind === 'problems' ? (
        <ProblemSummary
          headingId="error-summary-title"
         
          scrollOnFocus
          compact
          detail={failure.problems.statements.length === 0 ? failure.detail : undefined}
          items={[
            ...failure.problems.statements.map((problem) => ({
              key: problem.statementId,
              text: problemText(problem),
              href: `#${statementAnchor(problem.statementId)}`,
              onFollow: () => focusStatement(problem.statementId),
            })),
            ...failure.problems.other.map((problem, n) => ({ key: `other-${n}`, text: problem.message, href: `#${statementAnchor(category.statements[0]?.id ?? '')}` })),
          ]}
        />
      ) : null}
      <form
        className={styles.form}
        noValidate
        aria-label={category.title}
        onSubmit={(event) => {
          event.preventDefault();
          save('next');
        }}
      >
        {category.statements.map((statement) => (
          <StatementFieldset
            key={statement.id}
            statement={statement}
            value={answers.get(statement.id)}
            error={statementErrors.get(statement.id)}
            onChange={(value) => setAnswers((current) => new Map(current).set(statement.id, value))}
          />
        ))}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={busy}>
            {fromCheck ? 'Save and go back to check your answers' : 'Save and continue'}
          </Button>
          <Button type="button" disabledFocusable={busy} onClick={() => save('later')}>
            Save and come back later
          </Button>
        </div>
      </form>
    </>
  );
}

/** Focus goes to the chosen answer of a statement, or its first answer, as when tabbing into the group. */
function focusStatement(statementId: string): void {
  const fieldset = document.getElementById(statementAnchor(statementId));
  const target = fieldset?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? document.getElementById(firstAnswerId(statementId));
  target?.focus();
  fieldset?.scrollIntoView({ block: 'center' });
}

/** A Change link from the check page names a statement in the address: that statement takes focus, not the heading. */
function useFocusLinkedStatement(): void {
  useEffect(() => {
    const prefix = '#statement-';
    const hash = window.location.hash;
    if (hash.startsWith(prefix)) focusStatement(hash.slice(prefix.length));
  }, []);
}
