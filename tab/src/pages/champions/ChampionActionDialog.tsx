import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Asks before a change to someone's champion record, with an optional note that is kept in
 * their history (and shown to them when the bot tells them).
 */
export function ChampionActionDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [note, setNote] = useState('');
  const close = () => {
    setNote('');
    onCancel();
  };
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : close())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {children}
            <Field label="Note (optional)" hint="Kept in their champion history. Up to 500 characters.">
              <Textarea value={note} maxLength={500} resize="vertical" onChange={(_, data) => setNote(data.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                onConfirm(note.trim());
                setNote('');
              }}
            >
              {busy ? 'Please wait…' : confirmLabel}
            </Button>
            <Button disabled={busy} onClick={close}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
