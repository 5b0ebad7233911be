import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FrameworkVersion } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { exportFramework } from '../../api/framework-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { saveJson } from '../../components/save-file';
import { ImportFramework } from './ImportFramework';
import { savedBy } from './VersionHistory';
import { Notice } from '../../components/Notice';

const useStyles = makeStyles({
  facts: { margin: '0', color: tokens.colorNeutralForeground2 },
  files: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

interface FrameworkSummaryProps {
  base: FrameworkVersion;
  dirty: boolean;
  importBusy: boolean;
  onImport: (fileName: string, text: string) => void;
  onGoToSave: () => void;
}

/** Which version is current, who saved it, and the file actions: export and import. */
export function FrameworkSummary({ base, dirty, importBusy, onImport, onGoToSave }: FrameworkSummaryProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const statements = base.categories.reduce((sum, category) => sum + category.statements.length, 0);

  const download = async () => {
    setError(null);
    try {
      saveJson(`skills-framework-v${base.version}.json`, await exportFramework(api, base.version));
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="current-heading" className={shared.section}>
        <h2 id="current-heading" className={shared.sectionHeading}>
          Version {base.version}: {base.name}
        </h2>
        <p className={styles.facts}>
          {savedBy(base)}. {plural(base.categories.length, 'category', 'categories')}, {plural(statements, 'statement')}.
        </p>
        {base.note ? <p className={shared.paragraph}>Note: {base.note}</p> : null}
        {dirty ? (
          <Notice intent="warning" layout="multiline">
              You have changes that are not saved yet.{' '}
              <Button appearance="transparent" size="small" onClick={onGoToSave}>
                Go to check and save
              </Button>
            </Notice>
        ) : null}
        <div className={styles.files}>
          <h3 className={shared.subHeading}>Work on a copy in a file</h3>
          <div className={styles.actions}>
            <Button icon={<ArrowDownloadRegular />} onClick={() => void download()}>
              Export version {base.version} as JSON
            </Button>
          </div>
          <ImportFramework busy={importBusy} onFile={onImport} />
          {error ? <ErrorState title="We could not export the framework" error={error} /> : null}
        </div>
      </section>
    </Card>
  );
}
