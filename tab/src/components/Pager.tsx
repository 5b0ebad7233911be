import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  summary: { margin: '0', color: tokens.colorNeutralForeground2 },
});

export function pageSummary(offset: number, shown: number, total: number): string {
  if (total === 0) return 'Nothing to show';
  return `Showing ${offset + 1} to ${offset + shown} of ${total}`;
}

/**
 * Previous/next paging, with the position read out when it changes. The buttons stay
 * focusable at the first and last page so that focus is never dropped on the page body.
 */
export function Pager({
  label,
  offset,
  limit,
  shown,
  total,
  busy,
  onChange,
}: {
  /** Names the navigation landmark, e.g. "Outbox pages". */
  label: string;
  offset: number;
  limit: number;
  shown: number;
  total: number;
  busy: boolean;
  onChange: (offset: number) => void;
}) {
  const styles = useStyles();
  const hasPrevious = offset > 0;
  const hasNext = offset + shown < total;
  return (
    <nav aria-label={label} className={styles.root}>
      <p className={styles.summary} role="status">
        {pageSummary(offset, shown, total)}
      </p>
      {hasPrevious || hasNext ? (
        <div className={styles.buttons}>
          <Button
            icon={<ChevronLeftRegular />}
            disabledFocusable={!hasPrevious || busy}
            onClick={() => onChange(Math.max(0, offset - limit))}
          >
            Previous
          </Button>
          <Button
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabledFocusable={!hasNext || busy}
            onClick={() => onChange(offset + limit)}
          >
            Next
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
