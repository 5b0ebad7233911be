import { Button, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardTaskRegular, DismissCircleRegular } from '@fluentui/react-icons';
import type { HostedDropIn } from '../../../../api/src/contracts/drop-ins';
import { useSharedStyles } from '../../components/shared-styles';
import { DropInDetails } from './DropInDetails';
import { RegistrantList } from './RegistrantList';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { margin: '0', fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

function hostStatus(dropIn: HostedDropIn): string {
  if (dropIn.status === 'cancelled') return 'Cancelled.';
  if (dropIn.ended) return dropIn.logged ? 'Ended, and in your support log.' : 'Ended. Log it to count it in your support log.';
  return dropIn.started ? 'Happening now.' : 'Coming up.';
}

/** One session I host: who is coming, and what I can do now (cancel it before it ends, log it after). */
export function HostedDropInItem({
  dropIn,
  busy,
  onCancel,
  onLog,
}: {
  dropIn: HostedDropIn;
  busy: boolean;
  onCancel: (dropIn: HostedDropIn) => void;
  onLog: (dropIn: HostedDropIn) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const canCancel = dropIn.status === 'scheduled' && !dropIn.ended;
  const canLog = dropIn.status === 'scheduled' && dropIn.ended && !dropIn.logged;
  return (
    <Card className={`${shared.card} ${styles.card}`}>
      <h3 className={shared.subHeading}>{dropIn.title}</h3>
      <DropInDetails dropIn={dropIn} />
      <p className={styles.status}>{hostStatus(dropIn)}</p>
      <RegistrantList registrants={dropIn.registrants} title={dropIn.title} />
      <div className={styles.actions}>
        {canLog ? (
          <Button appearance="primary" icon={<ClipboardTaskRegular />} disabledFocusable={busy} onClick={() => onLog(dropIn)}>
            Log it<span className={shared.visuallyHidden}> in my support log: {dropIn.title}</span>
          </Button>
        ) : null}
        {canCancel ? (
          <Button icon={<DismissCircleRegular />} disabledFocusable={busy} onClick={() => onCancel(dropIn)}>
            Cancel the session<span className={shared.visuallyHidden}>: {dropIn.title}</span>
          </Button>
        ) : null}
        {dropIn.joinUrl && canCancel ? (
          <Link href={dropIn.joinUrl} target="_blank" rel="noreferrer">
            Open the Teams meeting<span className={shared.visuallyHidden}> for {dropIn.title} (opens in a new window)</span>
          </Link>
        ) : null}
      </div>
    </Card>
  );
}
