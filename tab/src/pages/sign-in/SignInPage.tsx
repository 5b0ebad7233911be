import { Card, Field, MessageBar, MessageBarBody, MessageBarTitle, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Persona, PersonaDirectory } from '../../../../api/src/contracts/dev-sign-in';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { asApiError, useApiQuery, type QueryState } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useRouter } from '../../router/history-router';
import { PAGE_PATHS } from '../../routes';
import { useSession } from '../../session/session-context';
import { PersonaGroups } from './PersonaGroups';
import type { SignInAction } from './PersonaSignInButton';
import { personaSearchSummary } from './persona-search-summary';
import { SuggestedPersonas } from './SuggestedPersonas';
import { Notice } from '../../components/Notice';

const SEARCH_DELAY_MS = 300;

const useStyles = makeStyles({
  search: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  searchBox: { maxWidth: '480px', width: '100%' },
});

/**
 * Local mode only: the demo council's people, so anyone can try the hub as a member of
 * staff, a champion, a manager, HR or an administrator without a Microsoft 365 tenant.
 */
export function SignInPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const session = useSession();
  const { navigate } = useRouter();
  const [query, setQuery] = useState('');
  const debouncedQuery = useDebouncedValue(query, SEARCH_DELAY_MS);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const directory = useApiQuery((signal) => api.getPersonas(debouncedQuery, signal), debouncedQuery);

  const signInAs = (persona: Persona) => {
    setPendingId(persona.id);
    setSignInError(null);
    api
      .signIn(persona.id)
      .then(() => session.reload())
      .then(() => navigate(PAGE_PATHS.home))
      .catch((error: unknown) => {
        setSignInError(asApiError(error));
        setPendingId(null);
      });
  };
  const action: SignInAction = { pendingId, signInAs };
  const signedInAs = session.state.status === 'signed-in' ? session.state.me.person.displayName : null;
  const announcement = directory.status === 'success' ? personaSearchSummary(directory.data, debouncedQuery) : '';

  return (
    <>
      <PageHeading
        title="Sign in"
        heading="Choose who to be"
        lead="This is a demo council. Pick a member of staff to see the hub as they would. You do not need a password."
      />

      {signedInAs ? (
        <Notice intent="info">
            You are signed in as {signedInAs}. Choose someone else to switch.
          </Notice>
      ) : null}

      {signInError ? <ErrorState title="We could not sign you in" error={signInError} /> : null}

      <Card className={shared.card}>
        <div className={styles.search} role="search">
          <Field label="Search for a person" hint="Type part of a name, job title or service.">
            <SearchBox
              className={styles.searchBox}
              value={query}
              onChange={(_, data) => setQuery(data.value)}
            />
          </Field>
          <div id="persona-search-status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden}>
            {announcement}
          </div>
        </div>
      </Card>

      <PersonaResults
        state={directory}
        query={debouncedQuery}
        action={action}
        summary={announcement}
      />
    </>
  );
}

function PersonaResults({
  state,
  query,
  action,
  summary,
}: {
  state: QueryState<PersonaDirectory> & { reload: () => void };
  query: string;
  action: SignInAction;
  summary: string;
}) {
  const shared = useSharedStyles();
  if (state.status === 'error' && state.error.status === 404) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Demo sign-in is switched off</MessageBarTitle>
          This server only lets people sign in through Microsoft Teams. Open the Digital Culture Hub app in Teams.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status === 'error') {
    return <ErrorState title="We could not load the demo people" error={state.error} onRetry={state.reload} />;
  }
  if (!state.data) return <LoadingState label="Finding people…" />;

  const directory = state.data;
  const nobody = directory.suggested.length === 0 && directory.groups.every((group) => group.people.length === 0);
  if (nobody) {
    return (
      <p className={shared.paragraph}>
        {summary || `No one matches “${query}”.`}
      </p>
    );
  }
  return (
    <>
      {directory.suggested.length > 0 ? <SuggestedPersonas directory={directory} action={action} /> : null}
      {directory.groups.length > 0 ? <PersonaGroups groups={directory.groups} action={action} /> : null}
    </>
  );
}
