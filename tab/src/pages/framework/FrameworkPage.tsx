import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getCurrentFramework } from '../../api/framework-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session-context';
import { CategorySection } from './CategorySection';
import { draftOf } from './framework-draft';
import { FrameworkEditor } from './FrameworkEditor';
import { VersionHistory } from './VersionHistory';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

function useIsHr(): boolean {
  const { state } = useSession();
  return state.status === 'signed-in' && state.me.roles.some((badge) => badge.role === 'hr');
}

/** The skills framework: HR edits it and keeps its versions; anyone else can read the current one. */
export function FrameworkPage() {
  const styles = useStyles();
  const api = useApi();
  const isHr = useIsHr();
  const [saves, setSaves] = useState(0);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const current = useApiQuery((signal) => getCurrentFramework(api, signal), String(saves));
  const savedMessage = useRef<HTMLDivElement>(null);

  // The editor starts afresh on the new version, so the confirmation is where focus goes.
  useEffect(() => {
    if (savedVersion !== null) savedMessage.current?.focus();
  }, [savedVersion]);

  return (
    <>
      <PageHeading
        title="Skills framework"
        lead={
          isHr
            ? 'The statements people answer in the skills audit, grouped in categories. Change, add, retire or re-order them; your changes become a new version when you save them.'
            : 'The statements people answer in the skills audit, grouped in categories.'
        }
      />
      <div role="status" ref={savedMessage} tabIndex={-1}>
        {savedVersion !== null ? (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>Saved as version {savedVersion}</MessageBarTitle>
              New audits use it from now on. Audits already taken keep the version they were taken against.
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {current.status === 'error' ? <ErrorState title="We could not load the framework" error={current.error} onRetry={current.reload} /> : null}
      {current.data === undefined && current.status === 'loading' ? <LoadingState label="Loading the framework…" /> : null}
      {current.data && isHr ? (
        <FrameworkEditor
          key={current.data.id}
          base={current.data}
          onSaved={(version) => {
            setSavedVersion(version);
            setSaves((count) => count + 1);
          }}
        />
      ) : null}
      {current.data && !isHr ? (
        <div className={styles.sections}>
          {draftOf(current.data).categories.map((category) => (
            <CategorySection key={category.key} category={category} retired={[]} editor={null} />
          ))}
        </div>
      ) : null}
      {isHr && current.data ? <VersionHistory reloadKey={saves} /> : null}
    </>
  );
}
