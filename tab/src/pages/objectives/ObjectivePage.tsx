import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { OBJECTIVE_KIND_LABELS, type ObjectiveDetail } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { getObjective } from '../../api/objectives-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { StatusNotice } from '../../components/StatusNotice';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { useMe } from '../../session/session-context';
import { doneOf, type ObjectiveDone } from './objective-format';
import { ObjectiveActions } from './ObjectiveActions';
import { ObjectiveFacts } from './ObjectiveFacts';
import { ObjectiveCheckIns, ObjectiveHistory } from './ObjectiveTimeline';
import { Notice } from '../../components/Notice';

const useStyles = makeStyles({
  // Focus lands here after an action, so the result is read first; it is not something to press.
  notice: { outlineStyle: 'none' },
});

const ARRIVED: Record<ObjectiveDone, string> = {
  saved: 'Your draft is saved. Only you can see it until you propose it to your manager.',
  proposed: 'Sent to your manager to agree. We will tell you in Teams when they have looked at it.',
};

/** One objective: what it is, where it is, what the one looking can do with it, its check-ins and its history. */
export function ObjectivePage() {
  const styles = useStyles();
  const api = useApi();
  const me = useMe();
  const { location } = useRouter();
  const params = new URLSearchParams(location.search);
  const id = params.get('id') ?? '';
  const arrived = doneOf(params.get('done'));
  const query = useApiQuery((signal) => getObjective(api, id, signal), `objective:${id}`);
  const [message, setMessage] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const objective: ObjectiveDetail | undefined = query.data;

  if (!objective) {
    return (
      <>
        <PageHeading title="Digital objective" />
        {query.status === 'error' ? <ErrorState title="We could not open the objective" error={query.error} onRetry={query.reload} /> : <LoadingState label="Loading the objective…" />}
        <RouterLink href={PAGE_PATHS.myObjectives}>My digital objectives</RouterLink>
      </>
    );
  }

  const own = objective.person.id === me.person.id;
  const onDone = (text: string) => {
    setMessage(text);
    query.reload();
    // Whatever button was pressed may be gone now: the result is where reading carries on.
    setTimeout(() => noticeRef.current?.focus(), 0);
  };
  return (
    <>
      <PageHeading
        title={objective.title}
        lead={own ? OBJECTIVE_KIND_LABELS[objective.kind] : `${objective.person.displayName}’s digital objective: ${OBJECTIVE_KIND_LABELS[objective.kind].toLowerCase()}`}
      />
      <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
        <StatusNotice message={message} />
        {!message && arrived && own ? (
          <Notice intent="success" layout="multiline">{ARRIVED[arrived]}</Notice>
        ) : null}
      </div>
      {query.status === 'error' ? <ErrorState title="We could not refresh the objective" error={query.error} onRetry={query.reload} /> : null}
      {objective.status === 'returned' && objective.returnComment ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{own ? 'Your manager asked you to change it' : 'Returned for changes'}</MessageBarTitle>“{objective.returnComment}”
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ObjectiveActions key={`${objective.status}:${objective.updatedAt}`} objective={objective} onDone={onDone} />
      <ObjectiveFacts objective={objective} own={own} />
      <ObjectiveCheckIns checkIns={objective.checkIns} />
      <ObjectiveHistory history={objective.history} />
      <RouterLink href={own ? PAGE_PATHS.myObjectives : PAGE_PATHS.teamObjectives}>{own ? 'All my digital objectives' : 'Team objectives'}</RouterLink>
    </>
  );
}
