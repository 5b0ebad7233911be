import { Card, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { OBJECTIVE_STATUS_LABELS, type ObjectiveCheckIn, type ObjectiveEvent, type ObjectiveStatus } from '../../../../api/src/contracts/objectives';
import { formatDateTime } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  what: { fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  quote: { margin: '0', whiteSpace: 'pre-line', overflowWrap: 'anywhere', maxWidth: '70ch' },
});

const WHAT_HAPPENED: Partial<Record<ObjectiveStatus, string>> = {
  draft: 'Written as a draft',
  proposed: 'Proposed for agreement',
  returned: 'Returned for changes',
  agreed: 'Agreed',
  completed: 'Outcome recorded',
  withdrawn: 'Withdrawn',
};

function eventText(event: ObjectiveEvent): string {
  return WHAT_HAPPENED[event.toStatus] ?? OBJECTIVE_STATUS_LABELS[event.toStatus];
}

const newestFirst = <T extends { at: string }>(items: readonly T[]) => [...items].sort((a, b) => b.at.localeCompare(a.at));

/** Every check-in, newest first: what was said, how far along, by whom and when. */
export function ObjectiveCheckIns({ checkIns }: { checkIns: readonly ObjectiveCheckIn[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="check-ins-heading" className={shared.section}>
        <h2 id="check-ins-heading" className={shared.sectionHeading}>
          Check-ins ({checkIns.length})
        </h2>
        {checkIns.length === 0 ? (
          <p className={mergeClasses(shared.paragraph, shared.muted)}>No check-ins yet. Once the objective is agreed, record one every few months to say how it is going.</p>
        ) : (
          <ul className={styles.list} aria-labelledby="check-ins-heading">
            {newestFirst(checkIns).map((checkIn) => (
              <li key={checkIn.id} className={styles.item}>
                <span className={styles.what}>{checkIn.progress}% done</span>
                <p className={styles.quote}>{checkIn.note}</p>
                <span className={styles.meta}>
                  {checkIn.by ? `${checkIn.by.displayName}, ` : ''}
                  <time dateTime={checkIn.at}>{formatDateTime(checkIn.at)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}

/** What happened to the objective and who did it, newest first, with any comment. */
export function ObjectiveHistory({ history }: { history: readonly ObjectiveEvent[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (history.length === 0) return null;
  return (
    <Card className={shared.card}>
      <section aria-labelledby="history-heading" className={shared.section}>
        <h2 id="history-heading" className={shared.sectionHeading}>
          History
        </h2>
        <ul className={styles.list} aria-labelledby="history-heading">
          {newestFirst(history).map((event) => (
            <li key={`${event.at}-${event.toStatus}`} className={styles.item}>
              <span className={styles.what}>{eventText(event)}</span>
              {event.comment ? <p className={styles.quote}>“{event.comment}”</p> : null}
              <span className={styles.meta}>
                {event.by ? `${event.by.displayName}, ` : ''}
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
