import { Card, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ReportStatement } from '../../../../api/src/contracts/skills-audit';
import { useSharedStyles } from '../shared-styles';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  list: { margin: '0', padding: '0', listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    paddingBlock: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  area: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function StatementList({ id, heading, intro, empty, statements }: { id: string; heading: string; intro: ReactNode; empty: string; statements: readonly ReportStatement[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby={id} className={shared.section}>
        <h2 id={id} className={shared.sectionHeading}>
          {heading} ({statements.length})
        </h2>
        <p className={shared.paragraph}>{intro}</p>
        {statements.length === 0 ? (
          <p className={mergeClasses(shared.paragraph, shared.muted)}>{empty}</p>
        ) : (
          <ul className={styles.list}>
            {statements.map((statement) => (
              <li key={statement.key} className={styles.item}>
                <span>{statement.text}</span>
                <span className={styles.area}>{statement.categoryTitle}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}

/** Strengths, gaps and fading skills, each in plain words. */
export function StatementLists({ strengths, gaps, decays }: { strengths: readonly ReportStatement[]; gaps: readonly ReportStatement[]; decays: readonly ReportStatement[] }) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <StatementList
        id="strengths-heading"
        heading="What you do well"
        intro="You have done these in the last 3 months."
        empty="None yet. Everyone starts somewhere: your learning plan shows where."
        statements={strengths}
      />
      <StatementList
        id="gaps-heading"
        heading="Skills to learn"
        intro="You told us you cannot do these yet, or did not know what they meant."
        empty="None. You can do every task in the audit."
        statements={gaps}
      />
      <StatementList
        id="decays-heading"
        heading="Skills that are fading"
        intro="You could do these, but have not done them in the last 3 months — skills fade when they are not used."
        empty="None. Everything you can do, you have done lately."
        statements={decays}
      />
    </div>
  );
}
