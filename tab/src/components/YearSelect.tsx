import { Field, Select } from '@fluentui/react-components';

interface YearOption {
  id: string;
  label: string;
}

/** A choice of appraisal year, each named as the page puts it ("2026/27 (this year)"). */
export function YearSelect<T extends YearOption>({
  label = 'Appraisal year',
  years,
  value,
  onChange,
  optionText = (year) => year.label,
  placeholder,
  className,
}: {
  label?: string;
  years: readonly T[];
  value: string;
  onChange: (yearId: string) => void;
  optionText?: (year: T) => string;
  /** An empty first option, for when no year is chosen yet. */
  placeholder?: string | undefined;
  className?: string | undefined;
}) {
  return (
    <Field label={label} className={className}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {years.map((year) => (
          <option key={year.id} value={year.id}>
            {optionText(year)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
