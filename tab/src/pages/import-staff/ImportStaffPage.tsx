import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { ImportResult } from '../../../../api/src/contracts/directory-import';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { CsvColumnsTable, templateHref } from './CsvColumnsTable';
import { FilePicker } from './FilePicker';
import { IdentityChangeConfirmation, type IdentityChangeLine } from './IdentityChangeConfirmation';
import { ImportErrorSummary } from './ImportErrorSummary';
import { ImportResultSummary } from './ImportResultSummary';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  steps: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

type Outcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'problems'; error: ApiError }
  | { kind: 'failed'; error: ApiError; dryRun: boolean };

const NO_FILE_MESSAGE = 'Choose a CSV file first';

/** HR keeps the hub's staff directory up to date from the council's HR system export. */
export function ImportStaffPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [identityChanges, setIdentityChanges] = useState<{ lines: IdentityChangeLine[]; refused: boolean }>({ lines: [], refused: false });
  const [identityConfirmed, setIdentityConfirmed] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);

  const run = async (dryRun: boolean) => {
    if (!file) {
      setFileError(NO_FILE_MESSAGE);
      setOutcome(null);
      chooseButton.current?.focus();
      return;
    }
    setBusy(dryRun ? 'check' : 'import');
    setOutcome(null);
    try {
      const csv = await file.text();
      const result = await api.importStaff(csv, { dryRun, confirmIdentityChanges: identityConfirmed });
      setOutcome({ kind: 'result', result });
      const lines = dryRun ? result.identityChanges.map(({ line, displayName, email }) => ({ row: line, text: `${displayName} (${email})` })) : [];
      setIdentityChanges({ lines, refused: false });
    } catch (caught) {
      const error = asApiError(caught);
      if (error.status === 409) {
        // Importing without checking first: the same people, as the server names them.
        setIdentityChanges({ lines: error.fieldErrors.map((problem) => ({ row: problem.row ?? 0, text: problem.message })), refused: true });
        setOutcome(null);
      } else {
        setOutcome(error.status === 422 ? { kind: 'problems', error } : { kind: 'failed', error, dryRun });
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeading
        title="Import the staff list"
        lead="Bring the hub’s staff directory up to date from a spreadsheet exported from your HR system. You can check the file first: nothing changes until you select Import."
      />

      <Card className={shared.card}>
        <section aria-labelledby="columns-heading" className={shared.section}>
          <h2 id="columns-heading" className={shared.sectionHeading}>
            What the file needs
          </h2>
          <p className={shared.paragraph}>
            A CSV file with one person on each row. The first row must have these column headings, spelt exactly like
            this. Columns can be in any order.
          </p>
          <CsvColumnsTable />
          <div>
            <Button as="a" href={templateHref()} download="staff-list-template.csv" icon={<ArrowDownloadRegular />}>
              Download an empty template
            </Button>
          </div>
        </section>
      </Card>

      <Card className={shared.card}>
        <section aria-labelledby="upload-heading" className={styles.form}>
          <h2 id="upload-heading" className={shared.sectionHeading}>
            Upload your file
          </h2>
          <ol className={styles.steps}>
            <li>Choose your file.</li>
            <li>Select Check file. We will tell you what would change, or what needs fixing.</li>
            <li>When you are happy, select Import.</li>
          </ol>
          <FilePicker
            file={file}
            error={fileError}
            buttonRef={chooseButton}
            onChoose={(chosen) => {
              setFile(chosen);
              setFileError(null);
              setOutcome(null);
              setIdentityChanges({ lines: [], refused: false });
              setIdentityConfirmed(false);
            }}
          />
          {identityChanges.lines.length > 0 ? (
            <IdentityChangeConfirmation
              changes={identityChanges.lines}
              confirmed={identityConfirmed}
              onConfirmedChange={setIdentityConfirmed}
              takeFocus={identityChanges.refused}
            />
          ) : null}
          <div className={styles.actions}>
            <Button icon={<CheckmarkRegular />} disabledFocusable={busy !== null} onClick={() => void run(true)}>
              {busy === 'check' ? 'Checking…' : 'Check file'}
            </Button>
            <Button
              appearance="primary"
              icon={<ArrowUploadRegular />}
              disabledFocusable={busy !== null}
              onClick={() => void run(false)}
            >
              {busy === 'import' ? 'Importing…' : 'Import'}
            </Button>
          </div>
          <div aria-live="polite" className={shared.visuallyHidden}>
            {busy === 'check' ? 'Checking your file…' : busy === 'import' ? 'Importing your file…' : ''}
          </div>
        </section>
      </Card>

      {outcome?.kind === 'result' ? <ImportResultSummary result={outcome.result} /> : null}
      {outcome?.kind === 'problems' ? (
        <ImportErrorSummary detail={outcome.error.message} problems={outcome.error.fieldErrors} />
      ) : null}
      {outcome?.kind === 'failed' ? (
        <ErrorState
          title={outcome.dryRun ? 'We could not check your file' : 'We could not import your file'}
          error={outcome.error}
          onRetry={() => void run(outcome.dryRun)}
        />
      ) : null}
    </>
  );
}
