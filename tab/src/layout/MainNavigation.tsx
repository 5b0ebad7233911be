import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular, NavigationRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { NavigationItem } from '../../../api/src/contracts/me';
import { normalisePath, useInternalLinkClick, useRouter } from '../router/history-router';

/** Below this width the pages fold behind a Menu button, so a phone shows the page first, not rows of links. */
const NARROW = '@media (max-width: 639.98px)';

const useStyles = makeStyles({
  toggle: {
    display: 'none',
    [NARROW]: { display: 'inline-flex', marginBlockEnd: tokens.spacingVerticalS },
  },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
    [NARROW]: { flexDirection: 'column', paddingBlockEnd: tokens.spacingVerticalS },
  },
  folded: {
    [NARROW]: { display: 'none' },
  },
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '40px',
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    textDecorationLine: 'none',
    borderBottomWidth: tokens.strokeWidthThicker,
    borderBottomStyle: 'solid',
    borderBottomColor: 'transparent',
    // Windows high contrast paints a transparent border in the text colour: every link would
    // look current. The window's own background colour keeps the bar for the current page only.
    '@media (forced-colors: active)': { borderBottomColor: 'Canvas' },
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ':hover': {
      color: tokens.colorNeutralForeground1Hover,
      backgroundColor: tokens.colorSubtleBackgroundHover,
      borderBottomColor: tokens.colorNeutralStroke1Hover,
    },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ':hover': { borderBottomColor: tokens.colorCompoundBrandStrokeHover },
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight' },
  },
});

function NavigationLink({ item, current, onFollow }: { item: NavigationItem; current: boolean; onFollow: () => void }) {
  const styles = useStyles();
  const navigateTo = useInternalLinkClick(item.href);
  return (
    <a
      href={item.href}
      onClick={(event) => {
        // Folded in the same update as the new page (even the same page again), so its heading takes focus where it will stay.
        onFollow();
        navigateTo(event);
      }}
      aria-current={current ? 'page' : undefined}
      className={mergeClasses(styles.link, current && styles.current)}
    >
      {item.label}
    </a>
  );
}

/**
 * The pages this person may use, as the API lists them, styled like Teams' own tab bar. On a
 * phone they fold behind a Menu button that opens and closes the list in place; choosing a
 * page, or Escape, folds it again.
 */
export function MainNavigation({ items }: { items: NavigationItem[] }) {
  const styles = useStyles();
  const { location } = useRouter();
  const listId = useId();
  // Open on the page where it was opened: any move to another page (a link, back, forward) folds it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.path;
  const setOpen = (isOpen: boolean) => setOpenOn(isOpen ? location.path : null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggleRef.current?.focus();
  };

  if (items.length === 0) return null;
  return (
    <nav aria-label="Main" onKeyDown={closeOnEscape}>
      <Button
        ref={toggleRef}
        className={styles.toggle}
        appearance="subtle"
        icon={open ? <DismissRegular /> : <NavigationRegular />}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        Menu
      </Button>
      <ul id={listId} className={mergeClasses(styles.list, !open && styles.folded)}>
        {items.map((item) => (
          <li key={item.id}>
            <NavigationLink
              item={item}
              current={normalisePath(new URL(item.href, window.location.href).pathname) === location.path}
              onFollow={() => setOpen(false)}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
