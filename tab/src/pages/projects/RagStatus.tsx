import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { ragText, type ProjectRag } from '../../../../api/src/contracts/projects';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400 },
  green: { color: tokens.colorPaletteGreenForeground1 },
  amber: { color: tokens.colorPaletteMarigoldForeground1 },
  red: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A project's status: the colour, a shape that differs for each, and the words. The words
 * carry the meaning, so people who cannot tell the colours apart (or see them) lose nothing.
 */
export function RagStatus({ rag }: { rag: ProjectRag }) {
  const styles = useStyles();
  const Icon = rag === 'green' ? CheckmarkCircleFilled : rag === 'amber' ? WarningFilled : ErrorCircleFilled;
  return (
    <span className={styles.root}>
      <Icon aria-hidden="true" className={mergeClasses(styles.icon, styles[rag])} />
      <span>{ragText(rag)}</span>
    </span>
  );
}
