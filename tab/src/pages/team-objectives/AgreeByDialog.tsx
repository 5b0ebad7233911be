import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AppraisalYear } from '../../../../api/src/contracts/objectives';
import type { ApiError } from '../../api/api-error';
import { fieldErrorsOf } from '../../components/form-problems';
import { formatLongDate } from '../../components/format';
import { useFocusReturn } from '../../components/use-focus-return';

/** HR moves the date by which everyone should have an agreed digital objective; it stays within the year. */
export function AgreeByDialog({
  year,
  busy,
  error,
  onSave,
  onCancel,
}: {
  year: AppraisalYear;
  busy: boolean;
  error: ApiError | null;
  onSave: (agreeBy: string) => void;
  onCancel: () => void;
}) {
  const [agreeBy, setAgreeBy] = useState(year.agreeBy);
  const fieldError = fieldErrorsOf(error)['body.agreeBy'] ?? (error && error.fieldErrors.length === 0 ? error.message : undefined);
  const { confirmed } = useFocusReturn(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirmed();
    onSave(agreeBy);
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{`When should ${year.label} objectives be agreed by?`}</DialogTitle>
            <DialogContent>
              <Field
                label="Agreed by"
                hint={`A date from ${formatLongDate(year.startsOn)} to ${formatLongDate(year.endsOn)}. The bot reminds people who have no agreed objective as it nears.`}
                validationMessage={fieldError}
              >
                <Input type="date" value={agreeBy} min={year.startsOn} max={year.endsOn} onChange={(_, data) => setAgreeBy(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {busy ? 'Saving…' : 'Save the date'}
              </Button>
              <Button disabledFocusable={busy} onClick={onCancel}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
