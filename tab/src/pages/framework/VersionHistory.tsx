import { Badge, Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FrameworkVersionSummary } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { exportFramework, getFrameworkVersions } from '../../api/framework-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { useSharedStyles } from '../../components/shared-styles';
import { saveJson } from '../../components/save-file';

const useStyles = makeStyles({
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', fontWeight: tokens.fontWeightSemibold },
  facts: { margin: '0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function savedBy(version: Pick<FrameworkVersionSummary, 'createdBy' | 'createdAt'>): string {
  const when = formatDateTime(version.createdAt);
  return version.createdBy ? `Saved by ${version.createdBy} on ${when}` : `Came with the hub, ${when}`;
}

/** Every version HR has saved; any of them can be downloaded as a file and imported again. */
export function VersionHistory({ reloadKey }: { reloadKey: number }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const versions = useApiQuery((signal) => getFrameworkVersions(api, signal), String(reloadKey));
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);

  const download = async (version: number) => {
    setDownloadError(null);
    try {
      saveJson(`skills-framework-v${version}.json`, await exportFramework(api, version));
    } catch (caught) {
      setDownloadError(asApiError(caught));
    }
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="history-heading" className={shared.section}>
        <h2 id="history-heading" className={shared.sectionHeading}>
          Version history
        </h2>
        <p className={shared.paragraph}>
          Audits keep the version they were taken against, so older answers are never changed by a new version.
        </p>
        {downloadError ? <ErrorState title="We could not download that version" error={downloadError} /> : null}
        {versions.status === 'error' ? <ErrorState title="We could not load the version history" error={versions.error} onRetry={versions.reload} /> : null}
        {versions.data === undefined && versions.status === 'loading' ? <LoadingState label="Loading the version history…" /> : null}
        {versions.data ? (
          <ul className={styles.list}>
            {versions.data.items.map((version) => (
              <li key={version.id} className={styles.item}>
                <span className={styles.title}>
                  Version {version.version}: {version.name}
                  {version.current ? (
                    <Badge appearance="tint" color="success" shape="rounded">
                      Current
                    </Badge>
                  ) : null}
                </span>
                <p className={styles.facts}>
                  {savedBy(version)}. {plural(version.categories, 'category', 'categories')}, {plural(version.statements, 'statement')}.
                </p>
                {version.note ? <p className={styles.facts}>Note: {version.note}</p> : null}
                <div>
                  <Button size="small" icon={<ArrowDownloadRegular />} onClick={() => void download(version.version)}>
                    Download version {version.version}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </Card>
  );
}
