import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, WarningRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  mark: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400 },
  yes: { color: tokens.colorStatusSuccessForeground1 },
  no: { color: tokens.colorStatusWarningForeground1 },
});

/** "Yes" or "No" in words, with an icon: the colour never carries the meaning alone. */
export function ComplianceMark({ complies }: { complies: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.mark}>
      {complies ? (
        <CheckmarkCircleRegular aria-hidden="true" className={mergeClasses(styles.icon, styles.yes)} />
      ) : (
        <WarningRegular aria-hidden="true" className={mergeClasses(styles.icon, styles.no)} />
      )}
      {complies ? 'Yes' : 'No'}
    </span>
  );
}
