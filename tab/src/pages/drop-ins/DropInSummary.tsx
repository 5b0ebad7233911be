import { Button, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAddRegular, DismissCircleRegular } from '@fluentui/react-icons';
import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { useSharedStyles } from '../../components/shared-styles';
import { DropInDetails } from './DropInDetails';
import { myStatusText } from './drop-in-text';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { margin: '0', fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** One session someone might go to: what it is, where they stand, and the one thing they can do about it. */
export function DropInSummary({
  dropIn,
  busy,
  onRegister,
  onCancelPlace,
}: {
  dropIn: DropIn;
  busy: boolean;
  onRegister: (dropIn: DropIn) => void;
  onCancelPlace: (dropIn: DropIn) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = `drop-in-${dropIn.id}`;
  const canBook = !dropIn.isHost && !dropIn.registered && !dropIn.started && dropIn.placesLeft > 0 && dropIn.status === 'scheduled';
  const canGiveBack = dropIn.registered && !dropIn.started && dropIn.status === 'scheduled';
  return (
    <Card className={`${shared.card} ${styles.card}`}>
      <h3 id={headingId} className={shared.subHeading}>
        {dropIn.title}
      </h3>
      {dropIn.description ? <p className={shared.paragraph}>{dropIn.description}</p> : null}
      <DropInDetails dropIn={dropIn} />
      <p className={styles.status}>{myStatusText(dropIn)}</p>
      <div className={styles.actions}>
        {/* One button whose words change, so focus stays on it after booking or giving a place back. */}
        {canBook || canGiveBack ? (
          <Button
            appearance={canBook ? 'primary' : 'secondary'}
            icon={canBook ? <CalendarAddRegular /> : <DismissCircleRegular />}
            disabledFocusable={busy}
            onClick={() => (canBook ? onRegister(dropIn) : onCancelPlace(dropIn))}
          >
            {canBook ? 'Book a place' : 'Cancel my place'}
            <span className={shared.visuallyHidden}> at {dropIn.title}</span>
          </Button>
        ) : null}
        {dropIn.joinUrl ? (
          <Link href={dropIn.joinUrl} target="_blank" rel="noreferrer">
            Join the Teams meeting<span className={shared.visuallyHidden}> for {dropIn.title} (opens in a new window)</span>
          </Link>
        ) : null}
      </div>
    </Card>
  );
}
