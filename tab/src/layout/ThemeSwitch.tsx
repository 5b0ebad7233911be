import { Label, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { THEME_LABELS, THEME_NAMES, parseThemeName, type ThemeName } from '../theme';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  select: { minWidth: '9rem' },
});

/** Outside Teams there is no Teams setting to follow, so people can pick the theme here. */
export function ThemeSwitch({ theme, onChange }: { theme: ThemeName; onChange: (theme: ThemeName) => void }) {
  const styles = useStyles();
  const id = useId('theme');
  return (
    <div className={styles.root}>
      <Label htmlFor={id} size="small">
        Theme
      </Label>
      <Select
        id={id}
        size="small"
        className={styles.select}
        value={theme}
        onChange={(_, data) => {
          const chosen = parseThemeName(data.value);
          if (chosen) onChange(chosen);
        }}
      >
        {THEME_NAMES.map((name) => (
          <option key={name} value={name}>
            {THEME_LABELS[name]}
          </option>
        ))}
      </Select>
    </div>
  );
}
