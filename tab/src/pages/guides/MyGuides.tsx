import { Badge, TableRow } from '@fluentui/react-components';
import { GUIDE_STATUS_LABELS, type GuideStatus } from '../../../../api/src/contracts/guides';
import { useApi } from '../../api/api-context';
import { getMyGuides } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { formatDay } from './guide-format';
import { guideEditPath, guideViewPath } from './guide-paths';
import { GuideListCard } from './GuideListCard';

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
    <GuideListCard headingId="my-guides-heading" heading="My guides" what="your guides" empty="You have not written a guide yet." query={mine}>
      {(items) => (
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
          {items.map((guide) => (
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
      )}
    </GuideListCard>
  );
}
