import { Badge } from '@fluentui/react-components';
import { OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from '../../../../api/src/contracts/objectives';
import { STATUS_BADGE_COLOURS } from './objective-format';

/** The objective's status in words; the colour only repeats what the words say. */
export function ObjectiveStatusBadge({ status }: { status: ObjectiveStatus }) {
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_BADGE_COLOURS[status]}>
      {OBJECTIVE_STATUS_LABELS[status]}
    </Badge>
  );
}
