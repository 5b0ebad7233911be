import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Asks before a request is withdrawn: the champion helping is told, and it cannot be undone. */
export function CancelRequestDialog({
  open,
  champion,
  busy,
  onConfirm,
  onKeep,
}: {
  open: boolean;
  /** The champion already helping, if one is. */
  champion: string | null;
  busy: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <ConfirmDialog open={open} title="Cancel your request?" confirmLabel="Yes, cancel it" cancelLabel="No, keep it" busy={busy} onConfirm={onConfirm} onCancel={onKeep}>
      {champion ? `${champion} will be told you no longer need help. ` : 'No champion will be asked to help with it. '}
      You cannot undo this, but you can always ask again.
    </ConfirmDialog>
  );
}
