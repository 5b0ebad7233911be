import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useInternalLinkClick } from '../router/history-router';
import { useSharedStyles } from './shared-styles';

export interface ProblemItem {
  key: string;
  /** What is wrong, e.g. “Choose an answer for ‘Send an email’”, or richer content for plain (unlinked) problems. */
  text: ReactNode;
  /** Where to fix it. Without one the problem is shown as plain text. */
  href?: string;
  /** For links within the page: moves focus to the target instead of navigating. */
  onFollow?: () => void;
}

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusDangerBorder2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
  compact: { gap: tokens.spacingVerticalS },
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  compactList: { gap: tokens.spacingVerticalXS },
  link: { fontWeight: tokens.fontWeightSemibold },
});

function ProblemLink({ item, href }: { item: ProblemItem; href: string }) {
  const styles = useStyles();
  const navigateTo = useInternalLinkClick(href);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (item.onFollow) {
      event.preventDefault();
      item.onFollow();
    } else {
      navigateTo(event);
    }
  };
  return (
    <Link href={href} onClick={onClick} className={styles.link}>
      {item.text}
    </Link>
  );
}

export interface ProblemSummaryProps {
  /** Id of the heading, which names the group (tests and callers rely on it). */
  headingId: string;
  /** What was not done, as a sentence: “Your profile was not saved.” */
  detail?: string;
  /** A second paragraph, e.g. how to fix the problems. */
  advice?: string;
  /** The problems, as a list; each with an `href` is a link to where it can be fixed. */
  items?: readonly ProblemItem[];
  /** Accessible name of the list, when it needs one. */
  listLabel?: string;
  /** Extra classes for the list, e.g. to show it only on narrow screens. */
  listClassName?: string;
  /** Focus moves to the summary when it appears and whenever this changes. */
  focusKey?: unknown;
  /** Also scroll the summary to the top of the view when it takes focus. */
  scrollOnFocus?: boolean;
  /** Tighter spacing, for summaries of short links. */
  compact?: boolean;
  /** Anything else to show after the list, e.g. advice or a table. */
  children?: ReactNode;
}

/**
 * GOV.UK-style error summary, the one way the tab shows problems with what someone sent: titled
 * “There is a problem” everywhere, it takes focus so it is read out first, names itself by its
 * heading, says what was not done, and lists every problem (linking to each one where it can be fixed).
 */
export function ProblemSummary({ headingId, detail, advice, items, listLabel, listClassName, focusKey, scrollOnFocus = false, compact = false, children }: ProblemSummaryProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
    if (scrollOnFocus) ref.current?.scrollIntoView({ block: 'start' });
    // Only when it appears or its problems change: choosing an answer afterwards must not pull focus back.
  }, [focusKey, scrollOnFocus]);

  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby={headingId} className={mergeClasses(styles.summary, compact && styles.compact)}>
      <h2 id={headingId} className={shared.sectionHeading}>
        There is a problem
      </h2>
      {detail ? <p className={shared.paragraph}>{detail}</p> : null}
      {advice ? <p className={shared.paragraph}>{advice}</p> : null}
      {items && items.length > 0 ? (
        <ul className={mergeClasses(styles.list, compact && styles.compactList, listClassName)} aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.key}>{item.href ? <ProblemLink item={item} href={item.href} /> : item.text}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
