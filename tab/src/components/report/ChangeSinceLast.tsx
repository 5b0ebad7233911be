import { Card, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, SparkleRegular, SubtractRegular } from '@fluentui/react-icons';
import { LEVEL_LABELS, type AuditReport } from '../../../../api/src/contracts/skills-audit';
import { DataTable } from '../DataTable';
import { useSharedStyles } from '../shared-styles';
import { Cell, HeadCell } from '../table-cells';
import { formatDay } from './report-format';

type Change = NonNullable<AuditReport['previous']>['categories'][number]['change'];

const CHANGE_WORDS: Record<Change, string> = { up: 'Up', down: 'Down', same: 'No change', new: 'New area' };
const CHANGE_ICONS: Record<Change, typeof ArrowUpRegular> = {
  up: ArrowUpRegular,
  down: ArrowDownRegular,
  same: SubtractRegular,
  new: SparkleRegular,
};

const useStyles = makeStyles({
  table: { minWidth: '420px', tableLayout: 'auto' },
  change: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function ChangeSinceLast({ previous }: { previous: AuditReport['previous'] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="change-heading" className={shared.section}>
        <h2 id="change-heading" className={shared.sectionHeading}>
          Change since your last audit
        </h2>
        {previous === null ? (
          <p className={shared.paragraph}>This is your first skills audit, so there is nothing to compare with yet. Next time, you will see how you have moved on.</p>
        ) : (
          <>
            <p className={shared.paragraph}>
              Compared with {previous.campaign.name}, which you finished on {formatDay(previous.submittedAt)}.
            </p>
            <DataTable
              label="Change since your last audit"
              className={styles.table}
              head={
                <>
                  <HeadCell>Area</HeadCell>
                  <HeadCell>Last time</HeadCell>
                  <HeadCell>Now</HeadCell>
                  <HeadCell>Change</HeadCell>
                </>
              }
            >
              {previous.categories.map((category) => {
                const Icon = CHANGE_ICONS[category.change];
                return (
                  <TableRow key={category.key}>
                    <Cell>{category.title}</Cell>
                    <Cell>{category.previousLevel ? LEVEL_LABELS[category.previousLevel] : 'Not asked'}</Cell>
                    <Cell>{LEVEL_LABELS[category.level]}</Cell>
                    <Cell>
                      <span className={styles.change}>
                        <Icon aria-hidden="true" />
                        {CHANGE_WORDS[category.change]}
                      </span>
                    </Cell>
                  </TableRow>
                );
              })}
            </DataTable>
          </>
        )}
      </section>
    </Card>
  );
}
