import { Button, Card, MessageBar, MessageBarBody, TableRow } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { GuideSummary } from '../../../../api/src/contracts/guides';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { getGuidesWaiting, moveGuide } from '../../api/guides-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { formatDay } from './guide-format';
import { guideViewPath } from './guide-paths';

/** The digital team's publishing queue: read a guide, then publish it (or open it to send it back). */
export function WaitingGuides({ onPublished }: { onPublished: () => void }) {
  const shared = useSharedStyles();
  const api = useApi();
  const waiting = useApiQuery((signal) => getGuidesWaiting(api, signal), 'waiting-guides');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const publish = async (guide: GuideSummary) => {
    setBusyId(guide.id);
    setError(null);
    try {
      await moveGuide(api, guide.id, 'publish');
      setNotice(`Published “${guide.title}”. Everyone can find it now.`);
      waiting.reload();
      onPublished();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="waiting-heading" className={shared.section}>
        <h2 id="waiting-heading" className={shared.sectionHeading}>
          Waiting to publish
        </h2>
        <div role="status">
          {notice ? (
            <MessageBar intent="success">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {error ? <ErrorState title="We could not publish the guide" error={error} /> : null}
        {waiting.status === 'error' ? <ErrorState title="We could not load the guides waiting to publish" error={waiting.error} onRetry={waiting.reload} /> : null}
        {/* One spinner per page (the published list has it); this list fills in when it arrives. */}
        {waiting.data === undefined && waiting.status === 'loading' ? <p className={shared.paragraph}>Loading the guides waiting to publish…</p> : null}
        {waiting.data && waiting.data.items.length === 0 ? <p className={shared.paragraph}>No guides are waiting to be published.</p> : null}
        {waiting.data && waiting.data.items.length > 0 ? (
          <DataTable
            label="Guides waiting to publish"
            head={
              <>
                <HeadCell>Guide</HeadCell>
                <HeadCell>Written by</HeadCell>
                <HeadCell>Sent</HeadCell>
                <HeadCell>Publish</HeadCell>
              </>
            }
          >
            {waiting.data.items.map((guide) => (
              <TableRow key={guide.id}>
                <Cell>
                  <RouterLink href={guideViewPath(guide.id)}>{guide.title}</RouterLink>
                </Cell>
                <Cell>{guide.author?.displayName ?? 'Someone who has left'}</Cell>
                <Cell>{formatDay(guide.updatedAt)}</Cell>
                <Cell>
                  <Button size="small" icon={<CheckmarkRegular />} disabledFocusable={busyId === guide.id} onClick={() => void publish(guide)}>
                    Publish<span className={shared.visuallyHidden}> {guide.title}</span>
                  </Button>
                </Cell>
              </TableRow>
            ))}
          </DataTable>
        ) : null}
      </section>
    </Card>
  );
}
