import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

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
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onKeep())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel your request?</DialogTitle>
          <DialogContent>
            {champion ? `${champion} will be told you no longer need help. ` : 'No champion will be asked to help with it. '}
            You cannot undo this, but you can always ask again.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>
              {busy ? 'Please wait…' : 'Yes, cancel it'}
            </Button>
            <Button disabled={busy} onClick={onKeep}>
              No, keep it
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
