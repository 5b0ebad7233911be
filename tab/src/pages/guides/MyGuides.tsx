import { Badge, Card, TableRow } from '@fluentui/react-components';
import { GUIDE_STATUS_LABELS, type GuideStatus } from '../../../../api/src/contracts/guides';
import { useApi } from '../../api/api-context';
import { getMyGuides } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { formatDay } from './guide-format';
import { guideEditPath, guideViewPath } from './guide-paths';

const STATUS_COLOURS: Record<GuideStatus, 'informative' | 'warning' | 'success' | 'subtle'> = {
  draft: 'informative',
  submitted: 'warning',
  published: 'success',
  archived: 'subtle',
};

export function GuideStatusBadge({ status }: { status: GuideStatus }) {
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOURS[status]}>
      {GUIDE_STATUS_LABELS[status]}
    </Badge>
  );
}

/** What the person has written, whatever its status, with a way back into the drafts. */
export function MyGuides() {
  const shared = useSharedStyles();
  const api = useApi();
  const mine = useApiQuery((signal) => getMyGuides(api, signal), 'my-guides');
  return (
    <Card className={shared.card}>
      <section aria-labelledby="my-guides-heading" className={shared.section}>
        <h2 id="my-guides-heading" className={shared.sectionHeading}>
          My guides
        </h2>
        {mine.status === 'error' ? <ErrorState title="We could not load your guides" error={mine.error} onRetry={mine.reload} /> : null}
        {/* One spinner per page (the published list has it); this list fills in when it arrives. */}
        {mine.data === undefined && mine.status === 'loading' ? <p className={shared.paragraph}>Loading your guides…</p> : null}
        {mine.data && mine.data.items.length === 0 ? <p className={shared.paragraph}>You have not written a guide yet.</p> : null}
        {mine.data && mine.data.items.length > 0 ? (
          <DataTable
            label="My guides"
            head={
              <>
                <HeadCell>Guide</HeadCell>
                <HeadCell>Status</HeadCell>
                <HeadCell>Last changed</HeadCell>
                <HeadCell>Change</HeadCell>
              </>
            }
          >
            {mine.data.items.map((guide) => (
              <TableRow key={guide.id}>
                <Cell>
                  <RouterLink href={guideViewPath(guide.id)}>{guide.title}</RouterLink>
                </Cell>
                <Cell>
                  <GuideStatusBadge status={guide.status} />
                </Cell>
                <Cell>{formatDay(guide.updatedAt)}</Cell>
                <Cell>
                  {guide.status === 'draft' || guide.status === 'submitted' ? (
                    <RouterLink href={guideEditPath(guide.id)}>
                      Change<span className={shared.visuallyHidden}> {guide.title}</span>
                    </RouterLink>
                  ) : (
                    <span className={shared.muted}>Only the digital team can change it now</span>
                  )}
                </Cell>
              </TableRow>
            ))}
          </DataTable>
        ) : null}
      </section>
    </Card>
  );
}
