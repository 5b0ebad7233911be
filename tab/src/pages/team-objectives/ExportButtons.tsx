import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { downloadObjectivesExport, type ExportFormat } from '../../api/team-objectives-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { StatusNotice } from '../../components/StatusNotice';
import { saveFile } from '../../components/save-file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/**
 * Downloads a year's objectives for the council's appraisal system, one row each. The
 * server decides whose rows: the council for HR, the reporting line for a manager.
 */
export function ExportButtons({ yearId, yearLabel }: { yearId: string; yearLabel: string }) {
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setDone(null);
    setError(null);
    try {
      const file = await downloadObjectivesExport(api, format, yearId);
      saveFile(file.fileName, file.blob);
      setDone(`Downloaded ${file.fileName}: the ${yearLabel} objectives as ${FORMAT_NAMES[format]}.`);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button key={format} icon={<ArrowDownloadRegular />} disabledFocusable={busy !== null} onClick={() => void download(format)}>
            {busy === format ? 'Preparing the file…' : `Export ${FORMAT_NAMES[format]}`}
          </Button>
        ))}
      </div>
      <StatusNotice message={done} />
      {error ? <ErrorState title="The export did not download" error={error} /> : null}
    </div>
  );
}
