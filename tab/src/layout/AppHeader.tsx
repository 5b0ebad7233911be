import { Avatar, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleCommunityFilled } from '@fluentui/react-icons';
import type { Me } from '../../../api/src/contracts/me';
import { APP_NAME } from '../components/PageHeading';
import { useSharedStyles } from '../components/shared-styles';
import { useHost } from '../host/host-context';
import { isTabPage } from '../routes';
import { MainNavigation } from './MainNavigation';
import { ThemeSwitch } from './ThemeSwitch';

const useStyles = makeStyles({
  header: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
    boxShadow: tokens.shadow2,
  },
  inner: {
    maxWidth: '1120px',
    boxSizing: 'border-box',
    marginInline: 'auto',
    paddingInline: tokens.spacingHorizontalM,
    '@media (min-width: 640px)': { paddingInline: tokens.spacingHorizontalXXL },
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    minHeight: '52px',
    paddingBlock: tokens.spacingVerticalS,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  mark: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: '20px',
  },
  tools: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  personName: {
    fontSize: tokens.fontSizeBase300,
    '@media (max-width: 599px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    },
  },
});

/** App name, who is signed in, the theme switch (outside Teams) and the pages this person may use. */
export function AppHeader({ me }: { me: Me | null }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { theme, chooseTheme } = useHost();
  const showThemeSwitch = chooseTheme !== undefined && me?.mode !== 'production';
  const navigation = me ? me.navigation.filter((item) => isTabPage(item.href)) : [];

  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.bar}>
          <div className={styles.brand}>
            <span className={styles.mark} aria-hidden="true">
              <PeopleCommunityFilled />
            </span>
            <span>{APP_NAME}</span>
          </div>
          <div className={styles.tools}>
            {showThemeSwitch ? <ThemeSwitch theme={theme} onChange={chooseTheme} /> : null}
            {me ? (
              <div className={styles.person}>
                <Avatar name={me.person.displayName} size={32} color="brand" aria-hidden="true" />
                <span className={styles.personName}>
                  <span className={shared.visuallyHidden}>Signed in as </span>
                  {me.person.displayName}
                </span>
              </div>
            ) : null}
          </div>
        </div>
        <MainNavigation items={navigation} />
      </div>
    </header>
  );
}
