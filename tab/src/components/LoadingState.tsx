import { Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'flex-start', paddingBlock: tokens.spacingVerticalXL },
});

/** A spinner with words, so that people who cannot see it also know to wait. */
export function LoadingState({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <Spinner size="small" label={label} labelPosition="after" />
    </div>
  );
}
