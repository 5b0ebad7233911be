import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { ObjectiveSettings } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { saveObjectiveSettings } from '../../api/appraisal-years-api';
import { ErrorState } from '../../components/ErrorState';
import { StatusNotice } from '../../components/StatusNotice';
import { useSharedStyles } from '../../components/shared-styles';
import { useSubmit } from '../../components/use-submit';
import { fieldErrorsOf } from '../../components/form-problems';
import { MONTHS } from './year-format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
});

/** The month the council's appraisal year starts in; the other settings are sent back as they were. */
export function StartMonthForm({ initial, onSaved }: { initial: ObjectiveSettings; onSaved: (settings: ObjectiveSettings) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [month, setMonth] = useState(initial.yearStartMonth);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    void run(async () => {
      const settings = await saveObjectiveSettings(api, { ...initial, yearStartMonth: month });
      onSaved(settings);
      setSaved(`Saved. Years you add from now on start on 1 ${MONTHS[settings.yearStartMonth - 1]}.`);
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <p className={shared.paragraph}>Many UK councils run their appraisal year from April to March. Changing the month does not move years already added.</p>
      <Field label="The appraisal year starts in" validationMessage={fieldErrorsOf(error)['body.yearStartMonth']}>
        <Select value={String(month)} onChange={(_, data) => setMonth(Number(data.value))}>
          {MONTHS.map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button type="submit" icon={<SaveRegular />} disabledFocusable={busy}>
          {busy ? 'Saving…' : 'Save the start month'}
        </Button>
      </div>
      <StatusNotice message={saved} />
      {error && error.fieldErrors.length === 0 ? <ErrorState title="The start month was not saved" error={error} /> : null}
    </form>
  );
}
