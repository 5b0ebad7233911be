import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { AppraisalYear, CreateAppraisalYearBody } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { createAppraisalYear } from '../../api/appraisal-years-api';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { useSubmit } from '../../components/use-submit';
import { fieldErrorsOf } from '../../components/form-problems';
import { MONTHS } from './year-format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  number: { maxWidth: '10rem' },
});

/** The year after the latest one, or this calendar year when there is none. */
function suggestedStartYear(years: readonly AppraisalYear[]): number {
  const latest = years[0];
  return latest ? Number(latest.startsOn.slice(0, 4)) + 1 : new Date().getFullYear();
}

/** HR adds the next year; it is planned until they open it. Its dates follow the council's start month. */
export function AddYearForm({ years, startMonth, onAdded }: { years: readonly AppraisalYear[]; startMonth: number; onAdded: (year: AppraisalYear) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [startYear, setStartYear] = useState(String(suggestedStartYear(years)));
  const [agreeBy, setAgreeBy] = useState('');
  const { busy, error, run } = useSubmit();
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body: CreateAppraisalYearBody = { startYear: Number(startYear), ...(agreeBy ? { agreeBy } : {}) };
      const year = await createAppraisalYear(api, body);
      onAdded(year);
      setStartYear(String(Number(startYear) + 1));
      setAgreeBy('');
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <p className={shared.paragraph}>{`Years start on 1 ${MONTHS[startMonth - 1]}. A new year is planned until you open it.`}</p>
      <Field label="Calendar year it starts in" validationMessage={errors['body.startYear']}>
        <Input className={styles.number} type="number" inputMode="numeric" min={2000} max={2100} value={startYear} onChange={(_, data) => setStartYear(data.value)} />
      </Field>
      <Field
        label="Objectives agreed by (optional)"
        hint="Leave it empty for the end of the year’s third month."
        validationMessage={errors['body.agreeBy']}
      >
        <Input type="date" value={agreeBy} onChange={(_, data) => setAgreeBy(data.value)} />
      </Field>
      <div>
        <Button appearance="primary" type="submit" icon={<AddRegular />} disabledFocusable={busy}>
          {busy ? 'Adding…' : 'Add year'}
        </Button>
      </div>
      {error && error.fieldErrors.length === 0 ? <ErrorState title="The year was not added" error={error} /> : null}
    </form>
  );
}
