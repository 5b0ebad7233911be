import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { ANSWER_LABELS, type AnswerValue } from '../../../../api/src/contracts/skills-audit';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { questionsPath } from './audit-steps';

const WIDE = '@media (min-width: 640px)';

const useStyles = makeStyles({
  list: { margin: '0' },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalM,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    [WIDE]: { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr) max-content', columnGap: tokens.spacingHorizontalL },
  },
  statement: { fontWeight: tokens.fontWeightSemibold },
  answer: { margin: '0' },
  unanswered: { margin: '0', fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  action: { margin: '0' },
});

/** One part's statements and answers, GOV.UK summary-list style, each with a link to change it. */
export function AnswerSummary({ category, answers }: { category: FrameworkCategory; answers: ReadonlyMap<string, AnswerValue> }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = `summary-${category.key}`;
  return (
    <Card className={shared.card}>
      <section aria-labelledby={headingId} className={shared.section}>
        <h2 id={headingId} className={shared.sectionHeading}>
          {category.title}
        </h2>
        <dl className={styles.list}>
          {category.statements.map((statement) => {
            const answer = answers.get(statement.id);
            return (
              <div key={statement.id} className={styles.row}>
                <dt className={styles.statement}>{statement.text}</dt>
                {answer ? <dd className={styles.answer}>{ANSWER_LABELS[answer]}</dd> : <dd className={styles.unanswered}>Not answered</dd>}
                <dd className={styles.action}>
                  <RouterLink href={questionsPath(category.key, { fromCheck: true, statementId: statement.id })}>
                    {answer ? 'Change' : 'Answer'}
                    <span className={shared.visuallyHidden}>{answer ? ` your answer to “${statement.text}”` : ` “${statement.text}”`}</span>
                  </RouterLink>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </Card>
  );
}
