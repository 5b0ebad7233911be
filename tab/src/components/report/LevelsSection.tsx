import { Card, Table, TableBody, TableHeader, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { LEVEL_LABELS, type CategoryResult } from '../../../../api/src/contracts/skills-audit';
import { ScrollRegion } from '../ScrollRegion';
import { useSharedStyles } from '../shared-styles';
import { Cell, HeadCell } from '../table-cells';
import { ChartBoundary } from './ChartBoundary';

// Drawing code is only fetched when a report is on screen.
const LevelChart = lazy(() => import('./LevelChart'));

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  chartPlaceholder: { minHeight: '120px' },
  // Column widths follow their content, so a long area name never runs into the next column.
  table: { minWidth: '460px', tableLayout: 'auto' },
  number: { textAlign: 'end' },
  levels: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXXS },
});

/** Level per area: a chart for a glance, and the same facts in a table beside it. */
export function LevelsSection({ categories }: { categories: readonly CategoryResult[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="levels-heading" className={shared.section}>
        <h2 id="levels-heading" className={shared.sectionHeading}>
          Your level in each area
        </h2>
        <div className={styles.layout}>
          <ChartBoundary>
            <Suspense fallback={<div className={styles.chartPlaceholder} />}>
              <LevelChart rows={categories} />
            </Suspense>
          </ChartBoundary>
          <ScrollRegion label="Your level in each area, as a table">
            <Table className={styles.table} aria-label="Your level in each area">
              <TableHeader>
                <TableRow>
                  <HeadCell>Area</HeadCell>
                  <HeadCell>Level</HeadCell>
                  <HeadCell className={styles.number}>Done in the last 3 months</HeadCell>
                  <HeadCell className={styles.number}>Could do, not lately</HeadCell>
                  <HeadCell className={styles.number}>Cannot do yet</HeadCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {categories.map((category) => (
                  <TableRow key={category.key}>
                    <Cell>{category.title}</Cell>
                    <Cell>{LEVEL_LABELS[category.level]}</Cell>
                    <Cell className={styles.number}>{category.strengths}</Cell>
                    <Cell className={styles.number}>{category.decays}</Cell>
                    <Cell className={styles.number}>{category.gaps}</Cell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </div>
        <h3 className={shared.subHeading}>What the levels mean</h3>
        <ul className={styles.levels}>
          <li>
            <strong>{LEVEL_LABELS['not-yet']}</strong>: you cannot do any of the tasks in this area yet.
          </li>
          <li>
            <strong>{LEVEL_LABELS.developing}</strong>: you can do some of the tasks.
          </li>
          <li>
            <strong>{LEVEL_LABELS.capable}</strong>: you can do all of the tasks, but have not done some of them lately.
          </li>
          <li>
            <strong>{LEVEL_LABELS.confident}</strong>: you have done every task in the last 3 months.
          </li>
        </ul>
      </section>
    </Card>
  );
}
