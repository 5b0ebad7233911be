import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import {
  TEAM_OBJECTIVE_FILTERS,
  TEAM_OBJECTIVE_FILTER_LABELS,
  type TeamObjectiveCounts,
  type TeamObjectiveFilter,
} from '../../../../api/src/contracts/team-objectives';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: '0', padding: '0', border: 'none' },
  legend: { padding: '0', marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
});

/**
 * One button per filter with how many people it would show; the pressed one is the filter
 * in use. A person appears under every filter they match, so the counts can add up to more
 * than everyone.
 */
export function StatusChips({
  counts,
  value,
  onChange,
}: {
  counts: TeamObjectiveCounts;
  value: TeamObjectiveFilter | '';
  onChange: (value: TeamObjectiveFilter | '') => void;
}) {
  const styles = useStyles();
  const chip = (filter: TeamObjectiveFilter | '', label: string, count: number) => (
    <ToggleButton
      key={filter || 'everyone'}
      shape="circular"
      size="small"
      appearance={value === filter ? 'primary' : 'secondary'}
      checked={value === filter}
      onClick={() => onChange(filter)}
    >
      {`${label} (${count})`}
    </ToggleButton>
  );
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Show</legend>
      {chip('', 'Everyone', counts.everyone)}
      {TEAM_OBJECTIVE_FILTERS.map((filter) => chip(filter, TEAM_OBJECTIVE_FILTER_LABELS[filter], counts[filter]))}
    </fieldset>
  );
}
