import {
  Badge,
  Button,
  Card,
  CounterBadge,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, SignOutRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { asApiError, useApiQuery } from '../api/use-api-query';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useSharedStyles } from '../components/shared-styles';
import { useRouter } from '../router/history-router';
import { RouterLink } from '../router/RouterLink';
import { PAGE_PATHS } from '../routes';
import { useMe, useSession } from '../session/session-context';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  details: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: '0',
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: '0', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: '0', padding: '0', listStyleType: 'none' },
  waitingList: { margin: '0', padding: '0', listStyleType: 'none' },
  waitingItem: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  waitingTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  empty: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  emptyIcon: { fontSize: '24px', flexShrink: 0, color: tokens.colorPaletteGreenForeground1 },
  signOut: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
});

function firstName(displayName: string): string {
  return displayName.split(/\s+/)[0] ?? displayName;
}

export function HomePage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const me = useMe();

  return (
    <>
      <PageHeading
        title="Home"
        heading={`Hello, ${firstName(me.person.displayName)}`}
        lead="Here is what needs your attention, and what the hub knows about you."
      />
      <div className={styles.grid}>
        <WaitingCard />
        <Card className={shared.card}>
          <section aria-labelledby="about-heading" className={shared.section}>
            <h2 id="about-heading" className={shared.sectionHeading}>
              About you
            </h2>
            <dl className={styles.details}>
              <Detail term="Name" value={me.person.displayName} />
              <Detail term="Job title" value={me.person.jobTitle} />
              <Detail term="Service" value={me.person.service?.name} />
              <Detail term="Site" value={me.person.site?.name} />
              <Detail term="Line manager" value={me.person.lineManager?.displayName} />
            </dl>
            <p className={mergeClasses(shared.paragraph, shared.muted)}>This comes from the council’s staff directory. If something is wrong, tell HR.</p>
          </section>
        </Card>
        <Card className={shared.card}>
          <section aria-labelledby="roles-heading" className={shared.section}>
            <h2 id="roles-heading" className={shared.sectionHeading}>
              Your roles
            </h2>
            <ul className={styles.badges}>
              {me.roles.map((role) => (
                <li key={role.role}>
                  <Badge appearance="tint" color={role.role === 'staff' ? 'informative' : 'brand'} size="large">
                    {role.label}
                  </Badge>
                </li>
              ))}
            </ul>
            <p className={mergeClasses(shared.paragraph, shared.muted)}>Your roles decide which pages you see in the hub.</p>
          </section>
        </Card>
        {me.mode === 'local' ? <SignOutCard /> : null}
      </div>
    </>
  );
}

function Detail({ term, value }: { term: string; value: string | null | undefined }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value ?? 'Not recorded'}</dd>
    </>
  );
}

function WaitingCard() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const waiting = useApiQuery((signal) => api.getWaiting(signal), 'waiting');
  return (
    <Card className={shared.card}>
      <section aria-labelledby="waiting-heading" className={shared.section}>
        <h2 id="waiting-heading" className={shared.sectionHeading}>
          What is waiting for you
        </h2>
        {waiting.status === 'loading' ? <LoadingState label="Looking for what is waiting for you…" /> : null}
        {waiting.status === 'error' ? <ErrorState title="What is waiting for you did not load" error={waiting.error} onRetry={waiting.reload} /> : null}
        {waiting.status !== 'success' ? null : waiting.data.items.length === 0 ? (
          <div className={styles.empty}>
            <CheckmarkCircleRegular className={styles.emptyIcon} aria-hidden="true" />
            <p className={shared.paragraph}>
              Nothing is waiting for you right now. You are all caught up – well done. We will let you know here and in
              Teams when something needs you.
            </p>
          </div>
        ) : (
          <ul className={styles.waitingList}>
            {waiting.data.items.map((item) => (
              <li key={item.id} className={styles.waitingItem}>
                <span className={styles.waitingTitle}>
                  <RouterLink href={item.href}>{item.title}</RouterLink>
                  {item.count !== undefined ? (
                    <>
                      <CounterBadge count={item.count} color="brand" size="small" aria-hidden="true" />
                      <span className={shared.visuallyHidden}>({item.count} waiting)</span>
                    </>
                  ) : null}
                </span>
                <span className={shared.muted}>{item.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}

function SignOutCard() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const session = useSession();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const signOut = () => {
    setBusy(true);
    setError(null);
    session
      .signOut()
      .then(() => navigate(PAGE_PATHS.signIn))
      .catch((caught: unknown) => {
        setError(asApiError(caught));
        setBusy(false);
      });
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="demo-heading" className={styles.signOut}>
        <h2 id="demo-heading" className={shared.sectionHeading}>
          Demo council
        </h2>
        <p className={shared.paragraph}>You are trying the hub as one of the demo council’s staff. Sign out to try it as someone else.</p>
        {error ? <ErrorState title="We could not sign you out" error={error} onRetry={signOut} /> : null}
        <Button icon={<SignOutRegular />} disabledFocusable={busy} onClick={signOut}>
          Sign out
        </Button>
      </section>
    </Card>
  );
}
