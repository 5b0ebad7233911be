import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { ChampionProfile } from '../../../../api/src/contracts/champions';
import { useApi } from '../../api/api-context';
import { isApiError } from '../../api/api-error';
import { getMyChampionRecord, getProfileChoices } from '../../api/champions-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { AvailabilityActions } from './AvailabilityActions';
import { CHAMPIONS_PATHS, statusLabel } from './champion-format';
import { ChampionHistory } from './ChampionHistory';
import { ChampionStrengths } from './ChampionStrengths';
import { ProfileForm } from './ProfileForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const EDITABLE = new Set(['volunteered', 'invited', 'active', 'paused']);

/** The champion's own page: their profile to edit, their strengths, their availability and their history. */
export function ChampionProfilePage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [version, setVersion] = useState(0);
  // What the last save returned, until the record is read again after a change of status.
  const [saved, setSaved] = useState<ChampionProfile | null>(null);
  const changed = useCallback(() => {
    setSaved(null);
    setVersion((count) => count + 1);
  }, []);
  const record = useApiQuery(
    (signal) =>
      getMyChampionRecord(api, signal).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }),
    `my-champion-profile:${version}`,
  );
  const choices = useApiQuery((signal) => getProfileChoices(api, signal), 'champion-profile-choices');
  const profile = saved ?? record.data;

  return (
    <div className={styles.page}>
      <PageHeading
        title="Champion profile"
        lead={profile ? `Your status: ${statusLabel(profile.status)}.` : 'What you offer as a Digital Champion, and when.'}
      />
      {record.status === 'error' ? <ErrorState title="We could not load your profile" error={record.error} onRetry={record.reload} /> : null}
      {choices.status === 'error' ? <ErrorState title="We could not load the sites and services" error={choices.error} onRetry={choices.reload} /> : null}
      {record.data === undefined || (choices.status === 'loading' && !choices.data) ? <LoadingState label="Loading your profile…" /> : null}
      {record.data === null ? (
        <Card className={shared.card}>
          <p className={shared.paragraph}>
            You are not a Digital Champion yet. Find out what champions do and volunteer on the{' '}
            <RouterLink href={CHAMPIONS_PATHS.champions}>Digital Champions page</RouterLink>.
          </p>
        </Card>
      ) : null}
      {profile && choices.data ? (
        <>
          {EDITABLE.has(profile.status) ? (
            <ProfileForm key={version} profile={profile} choices={choices.data} onSaved={setSaved} />
          ) : (
            <Card className={shared.card}>
              <p className={shared.paragraph}>
                You are not a Digital Champion at the moment, so there is no profile to change. You can volunteer again on the{' '}
                <RouterLink href={CHAMPIONS_PATHS.champions}>Digital Champions page</RouterLink>.
              </p>
            </Card>
          )}
          <ChampionStrengths profile={profile} />
          <AvailabilityActions profile={profile} onChanged={changed} />
          <ChampionHistory profile={profile} />
        </>
      ) : null}
    </div>
  );
}
