import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { TeamAuditCompletion } from '../../../../api/src/contracts/team-objectives';
import { formatCalendarDate } from '../../components/report/report-format';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: '0',
  },
  count: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  value: { margin: '0', fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground2 },
});

/** How far the same people are with the latest skills audit: the other half of a manager's picture. */
export function TeamAuditSummary({ completion }: { completion: TeamAuditCompletion }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="team-audit-heading" className={shared.section}>
      <h2 id="team-audit-heading" className={shared.sectionHeading}>
        Skills audit
      </h2>
      {completion.campaign ? (
        <>
          <p className={shared.paragraph}>
            {completion.campaign.name}, open from {formatCalendarDate(completion.campaign.opensOn)} to {formatCalendarDate(completion.campaign.closesOn)}.
          </p>
          <dl className={styles.counts}>
            {[
              ['People taking part', completion.members],
              ['Finished', completion.submitted],
              ['Started, not finished', completion.inProgress],
              ['Not started', completion.notStarted],
            ].map(([label, value]) => (
              <div key={label} className={styles.count}>
                <dt className={styles.label}>{label}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
          <ProgressBar
            value={completion.submitted}
            max={Math.max(1, completion.members)}
            thickness="large"
            aria-label={`${completion.submitted} of ${completion.members} people have finished the skills audit`}
          />
        </>
      ) : (
        <p className={shared.paragraph}>Nobody here has been asked to take a skills audit yet.</p>
      )}
    </section>
  );
}
