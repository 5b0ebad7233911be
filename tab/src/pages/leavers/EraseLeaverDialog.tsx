import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { PersonProfile } from '../../../../api/src/contracts/people';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { erasePerson } from '../../api/privacy-api';
import { asApiError } from '../../api/use-api-query';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Erasure cannot be undone, so HR types the leaver's name to say they mean it. */
export function EraseLeaverDialog({ person, onErased, onCancel }: { person: PersonProfile; onErased: () => void; onCancel: () => void }) {
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fieldError = error?.fieldErrors.find((problem) => problem.field === 'body.confirmName')?.message;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await erasePerson(api, person.id, typed);
      onErased();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open
      initialFocus="first"
      title={`Erase ${person.displayName}’s data?`}
      confirmLabel={`Erase ${person.displayName}`}
      cancelLabel="No, keep it"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>
        Their name, e-mail address, job title, what they wrote, and their links to Microsoft 365 will be removed for good. What they
        counted towards, such as skills audit results by service, stays as “Erased person”.
      </p>
      <Field
        label="Type their name to confirm"
        required
        validationState={error ? 'error' : 'none'}
        validationMessage={fieldError ? `Type their name as it is shown: ${person.displayName}` : error?.message}
      >
        <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
      </Field>
    </ConfirmDialog>
  );
}
