import { Card } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { SupportSession } from '../../../../api/src/contracts/support-log';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { getCurrentFramework } from '../../api/framework-api';
import { deleteSupportSession, getMySupportLog } from '../../api/support-log-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { useSharedStyles } from '../../components/shared-styles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SupportSessionForm } from './SupportSessionForm';
import { SupportSessionList } from './SupportSessionList';
import { SupportTotals } from './SupportTotals';
import { shortDate } from './uk-time';
import { StatusNotice } from '../../components/StatusNotice';

const PAGE_SIZE = 20;

/** A champion's record of the help they gave: log a session, see the totals, correct a mistake. */
export function SupportLogPage() {
  const shared = useSharedStyles();
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<SupportSession | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const skills = useMemo(() => framework.data?.categories.map((category) => ({ key: category.key, title: category.title })) ?? [], [framework.data]);
  const log = useApiQuery((signal) => getMySupportLog(api, { limit: PAGE_SIZE, offset }, signal), String(offset));

  const logged = (session: SupportSession) => {
    setNotice(`Logged: ${session.minutes} minutes on ${shortDate(session.happenedOn)}.`);
    setOffset(0);
    log.reload();
  };

  const remove = async (session: SupportSession) => {
    setBusyId(session.id);
    setActionError(null);
    try {
      await deleteSupportSession(api, session.id);
      setNotice(`Removed the session of ${shortDate(session.happenedOn)}.`);
      log.reload();
    } catch (caught) {
      setActionError(asApiError(caught));
    } finally {
      setBusyId(null);
      setRemoving(null);
    }
  };

  return (
    <>
      <PageHeading
        title="Support log"
        lead="Every time you help someone counts. Log one-to-one help, drop-in sessions and help you give residents. Help requests you resolve are logged for you."
      />
      <StatusNotice message={notice} />
      {actionError ? <ErrorState title="We could not remove the session" error={actionError} /> : null}
      {log.data ? <SupportTotals totals={log.data.totals} /> : null}
      {framework.status === 'error' ? <ErrorState title="We could not load the skills" error={framework.error} onRetry={framework.reload} /> : null}
      <SupportSessionForm skills={skills} onLogged={logged} />
      <Card className={shared.card}>
        <section aria-labelledby="sessions-heading" className={shared.section}>
          <h2 id="sessions-heading" className={shared.sectionHeading}>
            Your sessions
          </h2>
          {log.status === 'error' ? <ErrorState title="We could not load your support log" error={log.error} onRetry={log.reload} /> : null}
          {log.data === undefined && log.status === 'loading' ? <LoadingState label="Loading your support log…" /> : null}
          {log.data && log.data.total === 0 ? <p className={shared.paragraph}>Nothing logged yet. Sessions you log appear here.</p> : null}
          {log.data && log.data.total > 0 ? (
            <>
              <SupportSessionList sessions={log.data.items} busyId={busyId} onRemove={setRemoving} />
              <Pager label="Support log pages" offset={offset} limit={PAGE_SIZE} shown={log.data.items.length} total={log.data.total} busy={log.status === 'loading'} onChange={setOffset} />
            </>
          ) : null}
        </section>
      </Card>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this session?"
        confirmLabel="Remove session"
        busy={busyId !== null}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {removing ? `The session of ${shortDate(removing.happenedOn)} will be taken out of your support log and your totals.` : null}
      </ConfirmDialog>
    </>
  );
}
