import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/api-error';
import { asApiError } from '../api/use-api-query';
import { ErrorState } from './ErrorState';
import { fieldErrorsOf } from './form-problems';

/** The council-wide settings pages share one layout: sections of settings, then one Save. */
export const useSettingsFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  setting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  number: { maxWidth: '10rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

export interface SettingsFormState<T> {
  settings: T;
  change: (next: Partial<T>) => void;
  submit: (event: FormEvent) => void;
  busy: boolean;
  saved: boolean;
  error: ApiError | null;
  /** The server's 422 by field (`body.maxOffers`), for each field's message. */
  errors: Record<string, string>;
}

/** The settings being edited, saved as a whole; what the server sends back is what the form then shows. */
export function useSettingsForm<T>(initial: T, save: (settings: T) => Promise<T>): SettingsFormState<T> {
  const [settings, setSettings] = useState<T>(initial);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const change = (next: Partial<T>) => {
    setSettings((current) => ({ ...current, ...next }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setError(null);
    save(settings).then(
      (stored) => {
        setSettings(stored);
        setSaved(true);
        setBusy(false);
      },
      (caught: unknown) => {
        setError(asApiError(caught));
        setBusy(false);
      },
    );
  };

  return { settings, change, submit, busy, saved, error, errors: fieldErrorsOf(error) };
}

/** An error no field explains, the "saved" news (announced), and the Save button. */
export function SettingsFormFooter({ form, savedMessage }: { form: Pick<SettingsFormState<unknown>, 'busy' | 'saved' | 'error' | 'errors'>; savedMessage: string }) {
  const styles = useSettingsFormStyles();
  return (
    <>
      {form.error && Object.keys(form.errors).length === 0 ? <ErrorState title="We could not save the settings" error={form.error} /> : null}
      <div role="status">
        {form.saved ? (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>Settings saved</MessageBarTitle>
              {savedMessage}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabledFocusable={form.busy}>
          {form.busy ? 'Saving…' : 'Save settings'}
        </Button>
      </div>
    </>
  );
}
