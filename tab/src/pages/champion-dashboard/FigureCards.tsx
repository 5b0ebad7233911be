import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface Figure {
  key: string;
  label: string;
  value: string;
  /** A sentence that says what the number means or adds to it. */
  detail?: ReactNode;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Invisible in light and dark themes; high contrast draws it, so each card keeps its edge.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Summary figures as cards: a list, so screen readers say how many there are and read each whole. */
export function FigureCards({ label, figures }: { label: string; figures: Figure[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {figures.map((figure) => (
        <li key={figure.key} className={styles.card}>
          <span className={styles.label}>{figure.label}</span>
          <span className={styles.value}>{figure.value}</span>
          {figure.detail ? <span className={styles.detail}>{figure.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
