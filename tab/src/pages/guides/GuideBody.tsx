import { makeStyles, tokens } from '@fluentui/react-components';
import { VISUALLY_HIDDEN } from '../../components/shared-styles';

const useStyles = makeStyles({
  body: {
    maxWidth: '70ch',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    '& h2, & h3, & h4, & h5, & h6': { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXL, marginBottom: tokens.spacingVerticalS },
    '& h2': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
    '& h3': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
    '& > :first-child': { marginTop: '0' },
    '& p, & ul, & ol, & pre, & blockquote': { marginTop: '0', marginBottom: tokens.spacingVerticalM },
    '& li': { marginBottom: tokens.spacingVerticalXS },
    '& a': { color: tokens.colorBrandForegroundLink, textDecorationLine: 'underline' },
    '& a:hover': { color: tokens.colorBrandForegroundLinkHover },
    '& code': { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground3, paddingInline: tokens.spacingHorizontalXXS, borderRadius: tokens.borderRadiusSmall },
    '& pre': { padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium, overflowX: 'auto', whiteSpace: 'pre' },
    '& pre code': { padding: '0', backgroundColor: 'transparent' },
    '& blockquote': {
      marginInline: '0',
      paddingInlineStart: tokens.spacingHorizontalL,
      borderInlineStartWidth: tokens.strokeWidthThicker,
      borderInlineStartStyle: 'solid',
      borderInlineStartColor: tokens.colorBrandStroke1,
      color: tokens.colorNeutralForeground1,
    },
    '& hr': { border: 'none', borderTopWidth: tokens.strokeWidthThin, borderTopStyle: 'solid', borderTopColor: tokens.colorNeutralStroke1 },
    '& .guide-visually-hidden': VISUALLY_HIDDEN,
  },
});

/**
 * A guide's body as the server rendered it. Setting it as HTML is safe because the
 * server's renderer writes every tag itself and escapes everything the author typed
 * (see api/src/domain/champions/guides/guide-markdown.ts); nothing else is ever passed here.
 */
export function GuideBody({ html, label }: { html: string; label?: string }) {
  const styles = useStyles();
  return <div className={styles.body} aria-label={label} role={label ? 'region' : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
}
