import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { ConfirmDialog } from '../../components/ConfirmDialog';
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
    <ConfirmDialog
      open={dropIn !== null}
      title={`Cancel ${dropIn?.title ?? 'the session'}?`}
      confirmLabel="Cancel the session"
      cancelLabel="Keep it"
      busy={busy}
      onConfirm={() => dropIn && onConfirm(dropIn, reason)}
      onCancel={onClose}
    >
      <p>
        {dropIn && dropIn.registeredCount > 0
          ? `${plural(dropIn.registeredCount, 'person has', 'people have')} a place. Each of them will get a message in Teams saying it is cancelled.`
          : 'Nobody has a place yet.'}
      </p>
      <Field label="Reason (optional)" hint="Included in the message, for example: I am unwell.">
        <Textarea resize="vertical" value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
    </ConfirmDialog>
  );
}
