import { makeStyles } from '@fluentui/react-components';
import type { AppraisalYearRef } from '../../../../api/src/contracts/objectives';
import { YearSelect } from '../../components/YearSelect';
import { yearText } from './service-plan-format';

const useStyles = makeStyles({ field: { maxWidth: '20rem' } });

/** Which appraisal year's plans to show; shown only when there is more than one to choose from. */
export function YearPicker({ years, year, onChange }: { years: AppraisalYearRef[]; year: AppraisalYearRef | null; onChange: (yearId: string) => void }) {
  const styles = useStyles();
  if (years.length < 2 || !year) return null;
  return <YearSelect className={styles.field} years={years} value={year.id} onChange={onChange} optionText={yearText} />;
}
