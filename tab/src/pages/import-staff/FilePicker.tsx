import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useRef, type Ref } from 'react';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalXS },
  fileName: { overflowWrap: 'anywhere' },
  hiddenInput: { display: 'none' },
});

interface FilePickerProps {
  file: File | null;
  error: string | null;
  onChoose: (file: File | null) => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * A Fluent button in front of the browser's file input: it looks like the rest of Teams,
 * and the chosen file's name is read out as part of the button's description.
 */
export function FilePicker({ file, error, onChoose, buttonRef }: FilePickerProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root} role="group" aria-labelledby="staff-file-label">
      <span id="staff-file-label" className={styles.label}>
        Staff list (CSV file)
      </span>
      <span id="staff-file-hint" className={styles.hint}>
        In Excel, choose File, Save a copy, then “CSV UTF-8 (comma delimited)”.
      </span>
      {error ? (
        <span id="staff-file-error" className={styles.error}>
          <ErrorCircleRegular aria-hidden="true" />
          <span>
            <span className={shared.visuallyHidden}>Error: </span>
            {error}
          </span>
        </span>
      ) : null}
      <div className={styles.row}>
        <Button
          ref={buttonRef}
          icon={<DocumentRegular />}
          aria-describedby={['staff-file-name', 'staff-file-hint', error ? 'staff-file-error' : ''].join(' ').trim()}
          onClick={() => inputRef.current?.click()}
        >
          {file ? 'Choose a different file' : 'Choose file'}
        </Button>
        <span id="staff-file-name" className={styles.fileName}>
          {file ? `Chosen: ${file.name}` : 'No file chosen'}
        </span>
      </div>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,text/csv"
        className={styles.hiddenInput}
        aria-label="Staff list (CSV file)"
        onChange={(event) => {
          onChoose(event.target.files?.[0] ?? null);
          // Lets the same file be chosen again after it has been fixed and saved.
          event.target.value = '';
        }}
      />
    </div>
  );
}
