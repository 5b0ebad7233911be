import { Button, TableRow } from '@fluentui/react-components';
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
import { GuideListCard } from './GuideListCard';
import { StatusNotice } from '../../components/StatusNotice';

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
    <GuideListCard
      headingId="waiting-heading"
      heading="Waiting to publish"
      what="the guides waiting to publish"
      empty="No guides are waiting to be published."
      query={waiting}
      before={
        <>
          <StatusNotice message={notice} />
          {error ? <ErrorState title="We could not publish the guide" error={error} /> : null}
        </>
      }
    >
      {(items) => (
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
          {items.map((guide) => (
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
      )}
    </GuideListCard>
  );
}
