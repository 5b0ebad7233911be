import { Card, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { OBJECTIVE_KIND_LABELS, OBJECTIVE_OUTCOME_LABELS, type Objective } from '../../../../api/src/contracts/objectives';
import { formatDay } from '../../components/report/report-format';
import { useSharedStyles } from '../../components/shared-styles';
import { formatLongDate } from '../../components/format';
import { checkInDueText } from './objective-format';
import { ObjectiveStatusBadge } from './ObjectiveStatusBadge';

const useStyles = makeStyles({
  facts: {
    margin: '0',
    display: 'grid',
    gridTemplateColumns: '1fr',
    rowGap: tokens.spacingVerticalXS,
    '@media (min-width: 640px)': { gridTemplateColumns: 'minmax(10rem, max-content) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: {
    margin: '0',
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-line',
    // On a phone each answer sits under its question, with room before the next question.
    marginBottom: tokens.spacingVerticalS,
    '@media (min-width: 640px)': { marginBottom: '0' },
  },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '22rem' },
  bar: { flexGrow: 1 },
});

/** What it links to, in a sentence: the skills, the person or role supported, or the project. */
function linkedTo(objective: Objective): { term: string; detail: string } | null {
  if (objective.kind === 'skill') return objective.skills.length > 0 ? { term: 'Skills', detail: objective.skills.map((skill) => skill.title).join(', ') } : null;
  if (objective.kind === 'support') {
    if (objective.supportsAsChampion) return { term: 'Supporting', detail: 'People across the council, as a Digital Champion' };
    return objective.supportedPerson ? { term: 'Supporting', detail: objective.supportedPerson.displayName } : null;
  }
  return objective.project ? { term: 'Project', detail: objective.project.name } : null;
}

/** Everything about the objective, as questions and answers. */
export function ObjectiveFacts({ objective, own }: { objective: Objective; own: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const link = linkedTo(objective);
  const started = ['agreed', 'in-progress', 'completed'].includes(objective.status);
  const rows: { term: string; detail: ReactNode }[] = [
    { term: 'Status', detail: <ObjectiveStatusBadge status={objective.status} /> },
    { term: 'Next step', detail: objective.nextStep },
    ...(own ? [] : [{ term: 'Whose', detail: objective.person.displayName }]),
    { term: 'Kind', detail: OBJECTIVE_KIND_LABELS[objective.kind] },
    ...(link ? [link] : []),
    ...(objective.fromStatement ? [{ term: 'From the skills report', detail: `${objective.fromStatement.text} (${objective.fromStatement.reason === 'gap' ? 'a skill to learn' : 'a skill to refresh'})` }] : []),
    { term: 'What success looks like', detail: objective.successMeasure },
    { term: 'Target date', detail: objective.targetDate ? formatLongDate(objective.targetDate) : 'Not set yet' },
    { term: 'Appraisal year', detail: objective.year.label },
    ...(objective.agreedAt ? [{ term: 'Agreed on', detail: `${formatDay(objective.agreedAt)}${objective.agreedBy ? ` by ${objective.agreedBy.displayName}` : ''}` }] : []),
    ...(started
      ? [
          {
            term: 'Progress',
            detail: (
              <span className={styles.progress}>
                <ProgressBar className={styles.bar} value={objective.progress / 100} thickness="large" aria-hidden="true" />
                <span>{objective.progress}% done</span>
              </span>
            ),
          },
        ]
      : []),
    ...(objective.checkInDueOn && objective.status !== 'completed' ? [{ term: 'Check-in', detail: checkInDueText(objective.checkInDueOn) }] : []),
    ...(objective.outcome ? [{ term: 'Outcome', detail: OBJECTIVE_OUTCOME_LABELS[objective.outcome] }] : []),
    ...(objective.outcomeComment ? [{ term: 'Manager’s comment on the outcome', detail: objective.outcomeComment }] : []),
  ];
  return (
    <Card className={shared.card}>
      <section aria-labelledby="objective-facts-heading" className={shared.section}>
        <h2 id="objective-facts-heading" className={shared.sectionHeading}>
          About this objective
        </h2>
        <dl className={styles.facts}>
          {rows.map((row) => (
            <Fragment key={row.term}>
              <dt className={styles.term}>{row.term}</dt>
              <dd className={styles.detail}>{row.detail}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </Card>
  );
}
