import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Asks before a change to someone's champion record, with an optional note that is kept in
 * their history (and shown to them when the bot tells them).
 */
export function ChampionActionDialog({
  children,
  onConfirm,
  onCancel,
  ...dialog
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
  const confirm = () => {
    onConfirm(note.trim());
    setNote('');
  };
  return (
    <ConfirmDialog {...dialog} contentClassName={styles.content} onConfirm={confirm} onCancel={close}>
      {children}
      <Field label="Note (optional)" hint="Kept in their champion history. Up to 500 characters.">
        <Textarea value={note} maxLength={500} resize="vertical" onChange={(_, data) => setNote(data.value)} />
      </Field>
    </ConfirmDialog>
  );
}
