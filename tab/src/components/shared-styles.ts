import { makeStyles, tokens } from '@fluentui/react-components';

/** Read by screen readers, not shown. Also for HTML the tab does not write itself (a guide's body). */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
} as const;

export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown: for context that sighted people get from the layout. */
  visuallyHidden: VISUALLY_HIDDEN,
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  sectionHeading: {
    margin: '0',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subHeading: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  paragraph: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    maxWidth: '70ch',
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  card: {
    padding: tokens.spacingHorizontalL,
    '@media (min-width: 640px)': { padding: tokens.spacingHorizontalXL },
  },
  /** One entry in a list of things to read (a project, a resource, a guide), ruled off from the next. */
  listEntry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** The entry's name, a heading inside the list. */
  listEntryTitle: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});
