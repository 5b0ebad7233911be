import { makeStyles, tokens } from '@fluentui/react-components';
import { PAGE_PATHS } from '../routes';
import { RouterLink } from '../router/RouterLink';

const useStyles = makeStyles({
  root: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
  },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, margin: 0, padding: 0, listStyleType: 'none' },
});

/** On every page: what the hub does with your information, your rights (and your download), and its terms. */
export function AppFooter() {
  const styles = useStyles();
  return (
    <footer className={styles.root}>
      <ul className={styles.links}>
        <li>
          <RouterLink href={PAGE_PATHS.privacy}>Privacy notice and your data</RouterLink>
        </li>
        <li>
          <RouterLink href={PAGE_PATHS.terms}>Terms of use</RouterLink>
        </li>
      </ul>
    </footer>
  );
}
