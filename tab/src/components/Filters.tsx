import { Field, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: '1fr' },
  two: { '@media (min-width: 720px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', alignItems: 'end' } },
  three: { '@media (min-width: 720px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', alignItems: 'end' } },
  // Long skill names must not widen the grid past the screen (the select itself shrinks: App.tsx).
  filter: { minWidth: 0 },
});

/** Filters side by side on a wide screen, one under another on a narrow one. */
export function FilterGrid({ columns, children }: { columns: 2 | 3; children: ReactNode }) {
  const styles = useStyles();
  return <div className={mergeClasses(styles.grid, columns === 2 ? styles.two : styles.three)}>{children}</div>;
}

/** A field in a FilterGrid that may shrink with the grid, for a control other than a select. */
export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Field label={label} className={styles.filter}>
      {children}
    </Field>
  );
}

/**
 * A choice that narrows a list; the first option ("Any …") means no filter. Pass `options`
 * for a flat list, or option elements as children (for groups).
 */
export function FilterSelect({
  label,
  anyLabel,
  value,
  onChange,
  options,
  children,
}: {
  label: string;
  anyLabel: string;
  value: string;
  onChange: (value: string) => void;
  options?: readonly { value: string; label: string }[];
  children?: ReactNode;
}) {
  return (
    <FilterField label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{anyLabel}</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </Select>
    </FilterField>
  );
}
