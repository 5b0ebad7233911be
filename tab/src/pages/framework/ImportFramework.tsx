import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { display: 'none' },
});

/**
 * A Fluent button in front of the browser's file input. The chosen file is read at once and
 * handed over as text; checking it is the editor's job.
 */
export function ImportFramework({ busy, onFile }: { busy: boolean; onFile: (name: string, text: string) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <span id="import-hint" className={styles.hint}>
        A JSON file exported from this page, edited or not. We check it and show what would change before anything is
        saved.
      </span>
      <div>
        <Button icon={<ArrowUploadRegular />} aria-describedby="import-hint" disabledFocusable={busy} onClick={() => inputRef.current?.click()}>
          {busy ? 'Checking the file…' : 'Import a framework file'}
        </Button>
      </div>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className={`${styles.hiddenInput} ${shared.visuallyHidden}`}
        aria-label="Framework file (JSON)"
        data-testid="framework-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Lets the same file be chosen again after it has been fixed.
          event.target.value = '';
          if (file) void file.text().then((text) => onFile(file.name, text));
        }}
      />
    </div>
  );
}
