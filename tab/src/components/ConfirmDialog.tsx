import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useFocusReturn } from './use-focus-return';

/**
 * Asks before something that matters, such as messaging everyone in a campaign or changing
 * someone's champion record. Closing it (Escape, Cancel) counts as saying no. What it asks
 * about is usually hard to take back, so it opens with focus on Cancel: pressing Enter
 * straight away never does the thing by accident. Focus returns to the opener on Cancel, and
 * after the action to where its result is shown.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
  cancelLabel = 'Cancel',
  contentClassName,
  initialFocus = 'cancel',
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Says what saying no keeps, where "Cancel" would be unclear: "No, keep it". */
  cancelLabel?: string;
  contentClassName?: string;
  /** Where focus starts: Cancel, or the first control (a name to type, or an easily undone step). */
  initialFocus?: 'cancel' | 'first';
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  const { confirmed } = useFocusReturn(open);
  useEffect(() => {
    if (open && initialFocus === 'cancel') cancel.current?.focus();
  }, [open, initialFocus]);

  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={contentClassName}>{children}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => {
                confirmed();
                onConfirm();
              }}
            >
              {busy ? 'Please wait…' : confirmLabel}
            </Button>
            <Button ref={cancel} disabledFocusable={busy} onClick={onCancel}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
