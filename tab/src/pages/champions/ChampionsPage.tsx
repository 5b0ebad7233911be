import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getMyChampionRecord } from '../../api/champions-api';
import { isApiError } from '../../api/api-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session-context';
import { ChampionDirectory } from './ChampionDirectory';
import { ManageChampions } from './ManageChampions';
import { MyChampionStatus } from './MyChampionStatus';
import { WhatChampionsDo } from './WhatChampionsDo';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * The Digital Champions programme page: what champions do, your own status (volunteer, or
 * answer an invitation), the active champions to find one, and for the digital team and HR
 * every champion record to manage.
 */
export function ChampionsPage() {
  const styles = useStyles();
  const api = useApi();
  const session = useSession();
  // Any change made on the page reloads every part of it that could show it.
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((count) => count + 1), []);
  const mine = useApiQuery(
    (signal) =>
      getMyChampionRecord(api, signal).catch((error: unknown) => {
        // Never volunteered or invited: that is an answer, not a failure.
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }),
    `my-champion-record:${version}`,
  );
  const roles = session.state.status === 'signed-in' ? session.state.me.roles.map((badge) => badge.role) : [];
  const seesAllRecords = roles.includes('digital') || roles.includes('hr');

  return (
    <div className={styles.page}>
      <PageHeading title="Digital Champions" lead="Colleagues who help others with everyday digital tasks. Find one, or become one." />
      <WhatChampionsDo />
      {mine.status === 'error' ? <ErrorState title="We could not load your champion status" error={mine.error} onRetry={mine.reload} /> : null}
      {mine.status === 'loading' && mine.data === undefined ? <LoadingState label="Loading your champion status…" /> : null}
      {mine.data !== undefined ? <MyChampionStatus record={mine.data} onChanged={changed} /> : null}
      <ChampionDirectory version={version} />
      {seesAllRecords ? <ManageChampions version={version} onChanged={changed} /> : null}
    </div>
  );
}
