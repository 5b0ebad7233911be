import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useRouter } from '../router/history-router';

export const APP_NAME = 'Digital Culture Hub';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    margin: '0',
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    // The heading only takes focus so screen readers start reading the new page from it.
    outlineStyle: 'none',
    '@media (min-width: 640px)': {
      fontSize: tokens.fontSizeHero700,
      lineHeight: tokens.lineHeightHero700,
    },
  },
  lead: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground2,
    maxWidth: '70ch',
  },
});

/**
 * The page's h1. It names the page in the browser tab and, after an in-app navigation,
 * takes focus so that keyboard and screen-reader users land at the top of the new page
 * instead of on a link that no longer exists.
 */
export function PageHeading({ title, heading, lead }: { title: string; heading?: ReactNode; lead?: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigationCount } = useRouter();
  // Decided when the page first appears: later re-renders must not pull focus back.
  const focusOnArrival = useRef(navigationCount > 0);

  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);

  useEffect(() => {
    if (focusOnArrival.current) ref.current?.focus();
  }, []);

  return (
    <div className={styles.root}>
      <h1 ref={ref} tabIndex={-1} className={styles.heading}>
        {heading ?? title}
      </h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
    </div>
  );
}
