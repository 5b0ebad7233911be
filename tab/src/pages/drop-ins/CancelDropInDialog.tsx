import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { plural } from '../../components/format';

/** Asks before calling a session off, and for the reason everyone booked will be told. */
export function CancelDropInDialog({
  dropIn,
  busy,
  onConfirm,
  onClose,
}: {
  dropIn: DropIn | null;
  busy: boolean;
  onConfirm: (dropIn: DropIn, reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Dialog open={dropIn !== null} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel {dropIn?.title}?</DialogTitle>
          <DialogContent>
            <p>
              {dropIn && dropIn.registeredCount > 0
                ? `${plural(dropIn.registeredCount, 'person has', 'people have')} a place. Each of them will get a message in Teams saying it is cancelled.`
                : 'Nobody has a place yet.'}
            </p>
            <Field label="Reason (optional)" hint="Included in the message, for example: I am unwell.">
              <Textarea resize="vertical" value={reason} onChange={(_, data) => setReason(data.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => dropIn && onConfirm(dropIn, reason)}>
              {busy ? 'Please wait…' : 'Cancel the session'}
            </Button>
            <Button disabled={busy} onClick={onClose}>
              Keep it
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
