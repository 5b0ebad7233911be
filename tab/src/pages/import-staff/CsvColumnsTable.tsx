import {
  Badge,
  Table,
  TableBody,
  TableHeader,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  REQUIRED_STAFF_CSV_COLUMNS,
  STAFF_CSV_COLUMNS,
} from '../../../../api/src/contracts/directory-import';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Cell, HeadCell } from '../../components/table-cells';

type Column = (typeof STAFF_CSV_COLUMNS)[number];

const COLUMN_HELP: Record<Column, { meaning: string; example: string }> = {
  email: {
    meaning: 'Their work email address. The hub uses it to recognise the same person next time, so do not change it.',
    example: 'jo.bloggs@example-council.gov.uk',
  },
  display_name: { meaning: 'Their name as colleagues know it.', example: 'Jo Bloggs' },
  job_title: { meaning: 'Their job title.', example: 'Revenues Officer' },
  service: {
    meaning: 'The service they work in. A service the hub has not seen before is added.',
    example: 'Revenues and Benefits',
  },
  site: { meaning: 'The building they mostly work from.', example: 'Civic Centre' },
  line_manager_email: { meaning: 'Their line manager’s work email address.', example: 'sam.patel@example-council.gov.uk' },
  entra_object_id: {
    meaning: 'Their Microsoft Entra object ID, if your IT team gave you one. Leave it empty if you are not sure.',
    example: '3f2b8c1e-…',
  },
  status: { meaning: 'active for current staff, or leaver for someone who has left.', example: 'active' },
};

const NARROW = '@media (max-width: 639px)';
const WIDE = '@media (min-width: 640px)';

const useStyles = makeStyles({
  // A table where there is room for one; on a phone the same facts as a list, so nothing scrolls sideways.
  wide: { [NARROW]: { display: 'none' } },
  narrow: {
    margin: '0',
    padding: '0',
    listStyleType: 'none',
    [WIDE]: { display: 'none' },
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  itemHeading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  table: { minWidth: '640px' },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  example: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  column: { width: '12rem' },
  needed: { width: '8rem' },
});

const required = new Set<string>(REQUIRED_STAFF_CSV_COLUMNS);

function Needed({ column }: { column: Column }) {
  return required.has(column) ? (
    <Badge appearance="tint" color="brand">
      Required
    </Badge>
  ) : (
    <>Optional</>
  );
}

export function CsvColumnsTable() {
  const styles = useStyles();
  return (
    <>
      <ScrollRegion label="Columns of the staff list" className={styles.wide}>
        <Table className={styles.table} aria-label="Columns of the staff list">
          <TableHeader>
            <TableRow>
              <HeadCell className={styles.column}>Column heading</HeadCell>
              <HeadCell className={styles.needed}>Needed?</HeadCell>
              <HeadCell>What to put in it</HeadCell>
              <HeadCell>Example</HeadCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {STAFF_CSV_COLUMNS.map((column) => (
              <TableRow key={column}>
                <Cell className={styles.name}>{column}</Cell>
                <Cell>
                  <Needed column={column} />
                </Cell>
                <Cell>{COLUMN_HELP[column].meaning}</Cell>
                <Cell className={styles.example}>{COLUMN_HELP[column].example}</Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <ul className={styles.narrow} aria-label="Columns of the staff list">
        {STAFF_CSV_COLUMNS.map((column) => (
          <li key={column} className={styles.item}>
            <span className={styles.itemHeading}>
              <span className={styles.name}>{column}</span>
              <Needed column={column} />
            </span>
            <span>{COLUMN_HELP[column].meaning}</span>
            <span>
              Example: <span className={styles.example}>{COLUMN_HELP[column].example}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A file with just the headings, so nobody has to type them. */
export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${STAFF_CSV_COLUMNS.join(',')}\r\n`)}`;
}
