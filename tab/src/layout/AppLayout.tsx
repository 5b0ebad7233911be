import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Me } from '../../../api/src/contracts/me';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '1120px',
    marginInline: 'auto',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXXL}`,
    outlineStyle: 'none',
    '@media (min-width: 640px)': {
      paddingInline: tokens.spacingHorizontalXXL,
    },
  },
});

export function AppLayout({ me, children }: { me: Me | null; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader me={me} />
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <AppFooter />
    </div>
  );
}
