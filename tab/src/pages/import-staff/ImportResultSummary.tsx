import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ImportResult } from '../../../../api/src/contracts/directory-import';
import { plural } from '../../components/format';

const useStyles = makeStyles({
  root: { outlineStyle: 'none' },
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

function changes(result: ImportResult): string[] {
  const would = result.dryRun ? 'would be ' : '';
  return [
    `${plural(result.rows, 'row')} in the file`,
    `${plural(result.created, 'new person', 'new people')} ${would}added`,
    `${plural(result.updated, 'person', 'people')} ${would}updated`,
    `${plural(result.unchanged, 'person', 'people')} already up to date`,
    ...(result.newServices.length ? [`New services: ${result.newServices.join(', ')}`] : []),
    ...(result.newSites.length ? [`New sites: ${result.newSites.join(', ')}`] : []),
    ...(result.identityChanges.length ? [identityLine(result.identityChanges.length, result.dryRun)] : []),
  ];
}

function identityLine(count: number, dryRun: boolean): string {
  const who = plural(count, 'person', 'people');
  return dryRun ? `${who} would sign in with another Microsoft 365 account` : `${who} changed to another Microsoft 365 account`;
}

/** What the check found or the import did; takes focus so the outcome is read out at once. */
export function ImportResultSummary({ result }: { result: ImportResult }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [result]);

  return (
    <div ref={ref} tabIndex={-1} className={styles.root} aria-labelledby="import-result-title" role="group">
      {/* Its title has an id of its own (the group around it is named by it), so the bar must point at that id too. */}
      <MessageBar intent="success" layout="multiline" aria-labelledby="import-result-title">
        <MessageBarBody>
          <MessageBarTitle id="import-result-title">
            {result.dryRun ? 'Your file looks good' : 'Import complete'}
          </MessageBarTitle>
          {result.dryRun
            ? 'Nothing has been changed yet. If this is what you expected, select Import.'
            : 'The staff directory has been updated.'}
          <ul className={styles.list}>
            {changes(result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
