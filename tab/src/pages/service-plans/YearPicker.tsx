import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { AppraisalYearRef } from '../../../../api/src/contracts/objectives';
import { yearText } from './service-plan-format';

const useStyles = makeStyles({ field: { maxWidth: '20rem' } });

/** Which appraisal year's plans to show; shown only when there is more than one to choose from. */
export function YearPicker({ years, year, onChange }: { years: AppraisalYearRef[]; year: AppraisalYearRef | null; onChange: (yearId: string) => void }) {
  const styles = useStyles();
  if (years.length < 2 || !year) return null;
  return (
    <Field label="Appraisal year" className={styles.field}>
      <Select value={year.id} onChange={(_, data) => onChange(data.value)}>
        {years.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {yearText(candidate)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
