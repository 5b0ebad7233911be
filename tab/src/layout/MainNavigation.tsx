import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { NavigationItem } from '../../../api/src/contracts/me';
import { normalisePath, useInternalLinkClick, useRouter } from '../router/history-router';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
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
  },
});

function NavigationLink({ item, current }: { item: NavigationItem; current: boolean }) {
  const styles = useStyles();
  const onClick = useInternalLinkClick(item.href);
  return (
    <a
      href={item.href}
      onClick={onClick}
      aria-current={current ? 'page' : undefined}
      className={mergeClasses(styles.link, current && styles.current)}
    >
      {item.label}
    </a>
  );
}

/** The pages this person may use, as the API lists them, styled like Teams' own tab bar. */
export function MainNavigation({ items }: { items: NavigationItem[] }) {
  const styles = useStyles();
  const { location } = useRouter();
  if (items.length === 0) return null;
  return (
    <nav aria-label="Main">
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>
            <NavigationLink
              item={item}
              current={normalisePath(new URL(item.href, window.location.href).pathname) === location.path}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
