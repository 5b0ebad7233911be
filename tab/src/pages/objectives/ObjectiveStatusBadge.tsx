import { OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from '../../../../api/src/contracts/objectives';
import { StatusBadge } from '../../components/StatusBadge';
import { STATUS_BADGE_COLOURS } from './objective-format';

/** The objective's status in words; the colour only repeats what the words say. */
export function ObjectiveStatusBadge({ status }: { status: ObjectiveStatus }) {
  return <StatusBadge status={status} labels={OBJECTIVE_STATUS_LABELS} colours={STATUS_BADGE_COLOURS} />;
}
