import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { downloadMyData, type PersonalDataFormat } from '../../api/privacy-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { StatusNotice } from '../../components/StatusNotice';
import { saveFile } from '../../components/save-file';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBlockEnd: tokens.spacingVerticalS },
});

const BUTTONS: Record<PersonalDataFormat, { label: string; done: string }> = {
  html: { label: 'Download a document to read', done: 'a document you can open in your browser and print' },
  json: { label: 'Download for a computer (JSON)', done: 'a JSON file, to give to another system' },
};

/** Your right of access, self-service: everything the hub holds about you, without asking anyone. */
export function MyDataDownload() {
  const shared = useSharedStyles();
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState<PersonalDataFormat | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const download = async (format: PersonalDataFormat) => {
    setBusy(format);
    setDone(null);
    setError(null);
    try {
      const file = await downloadMyData(api, format);
      saveFile(file.fileName, file.blob);
      setDone(`Downloaded ${file.fileName}: ${BUTTONS[format].done}.`);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="my-data-heading">
        <h2 id="my-data-heading" className={shared.subHeading}>
          Download your data
        </h2>
        <p className={shared.paragraph}>
          Everything the hub holds about you: your directory entry, skills audits, objectives, help you asked for or gave, drop-ins,
          and who has looked at your records. Downloading it is written to the audit log.
        </p>
        <div className={styles.buttons}>
          {(['html', 'json'] as const).map((format) => (
            <Button key={format} icon={<ArrowDownloadRegular />} disabledFocusable={busy !== null} onClick={() => void download(format)}>
              {busy === format ? 'Preparing the file…' : BUTTONS[format].label}
            </Button>
          ))}
        </div>
        <StatusNotice message={done} />
        {error ? <ErrorState title="Your data did not download" error={error} /> : null}
      </section>
    </Card>
  );
}
