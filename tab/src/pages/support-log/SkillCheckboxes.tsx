import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: '0', marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { margin: '0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  choices: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))' },
  error: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: '0', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface SkillChoice {
  key: string;
  title: string;
}

/**
 * The skill categories a session covers, as a group of checkboxes named by its legend.
 * The first box carries `id`, so a problem summary can send focus to the group.
 */
export function SkillCheckboxes({
  id,
  legend,
  hint,
  skills,
  chosen,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  hint: string;
  skills: readonly SkillChoice[];
  chosen: readonly string[];
  error?: string | undefined;
  onChange: (keys: string[]) => void;
}) {
  const styles = useStyles();
  const toggle = (key: string, on: boolean) => onChange(on ? [...chosen.filter((item) => item !== key), key] : chosen.filter((item) => item !== key));
  return (
    <fieldset className={styles.fieldset} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className={styles.legend}>{legend}</legend>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          <ErrorCircleRegular aria-hidden="true" /> {error}
        </p>
      ) : null}
      <div className={styles.choices}>
        {skills.map((skill, index) => (
          <Checkbox
            key={skill.key}
            // Spread, not `id={undefined}`: an explicit undefined would replace the id Fluent gives the box for its label.
            {...(index === 0 ? { id } : {})}
            label={skill.title}
            checked={chosen.includes(skill.key)}
            onChange={(_, data) => toggle(skill.key, data.checked === true)}
          />
        ))}
      </div>
    </fieldset>
  );
}
