import { Card, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { OBJECTIVE_KIND_LABELS, OBJECTIVE_OUTCOME_LABELS, type Objective } from '../../../../api/src/contracts/objectives';
import { useSharedStyles } from '../../components/shared-styles';
import { formatLongDate } from '../../components/format';
import { RouterLink } from '../../router/RouterLink';
import { checkInDueText, objectiveViewPath } from './objective-format';
import { ObjectiveStatusBadge } from './ObjectiveStatusBadge';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { overflowWrap: 'anywhere' },
  facts: { margin: '0', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: '0', overflowWrap: 'anywhere' },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '20rem' },
  bar: { flexGrow: 1 },
});

/** One of my objectives in the list: what kind, where it is, what to do next, and a way in. */
export function ObjectiveListItem({ objective }: { objective: Objective }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleId = `objective-${objective.id}-title`;
  return (
    <li>
      <Card className={shared.card}>
        <article aria-labelledby={titleId} className={styles.card}>
          <div className={styles.top}>
            <h3 id={titleId} className={`${shared.subHeading} ${styles.title}`}>
              <RouterLink href={objectiveViewPath(objective.id)}>{objective.title}</RouterLink>
            </h3>
            <ObjectiveStatusBadge status={objective.status} />
          </div>
          <dl className={styles.facts}>
            <dt className={styles.term}>Kind</dt>
            <dd className={styles.detail}>{OBJECTIVE_KIND_LABELS[objective.kind]}</dd>
            <dt className={styles.term}>Next step</dt>
            <dd className={styles.detail}>{objective.nextStep}</dd>
            {objective.targetDate ? (
              <>
                <dt className={styles.term}>Target date</dt>
                <dd className={styles.detail}>{formatLongDate(objective.targetDate)}</dd>
              </>
            ) : null}
            {objective.checkInDueOn ? (
              <>
                <dt className={styles.term}>Check-in</dt>
                <dd className={styles.detail}>{checkInDueText(objective.checkInDueOn)}</dd>
              </>
            ) : null}
            {objective.outcome ? (
              <>
                <dt className={styles.term}>Outcome</dt>
                <dd className={styles.detail}>{OBJECTIVE_OUTCOME_LABELS[objective.outcome]}</dd>
              </>
            ) : null}
            {['agreed', 'in-progress', 'completed'].includes(objective.status) ? (
              <>
                <dt className={styles.term}>Progress</dt>
                <dd className={`${styles.detail} ${styles.progress}`}>
                  <ProgressBar className={styles.bar} value={objective.progress / 100} thickness="large" aria-hidden="true" />
                  <span>{objective.progress}% done</span>
                </dd>
              </>
            ) : null}
          </dl>
        </article>
      </Card>
    </li>
  );
}
