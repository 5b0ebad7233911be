import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { isWorthRetrying, type ApiError } from '../api/api-error';
import { useHost } from '../host/host-context';
import { useRouter } from '../router/history-router';
import { RESULT_ATTRIBUTE } from './use-focus-return';

const useStyles = makeStyles({
  reference: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/**
 * An error that says what went wrong and what to do next. A lost session gets a way back
 * to sign-in; "Try again" is offered only when trying again can help.
 */
export function ErrorState({
  error,
  title,
  onRetry,
}: {
  error: ApiError;
  /** What was being done, e.g. "We could not load the outbox". */
  title: string;
  onRetry?: () => void;
}) {
  const styles = useStyles();
  const { inTeams } = useHost();
  const { navigate } = useRouter();
  const signedOut = error.status === 401 && !inTeams;

  return (
    <MessageBar intent="error" layout="multiline" {...{ [RESULT_ATTRIBUTE]: 'error' }} tabIndex={-1}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {signedOut ? 'You have been signed out. Sign in again to carry on.' : error.message}
        {error.requestId ? (
          <span className={styles.reference}>
            If you contact the IT service desk, quote reference {error.requestId}.
          </span>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        {signedOut ? (
          <Button onClick={() => navigate('/sign-in')}>Sign in again</Button>
        ) : onRetry && isWorthRetrying(error) ? (
          <Button onClick={onRetry}>Try again</Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
