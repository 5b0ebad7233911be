import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DROP_IN_FORMAT_LABELS, DropInFormat } from '../../../../api/src/contracts/drop-ins';
import type { Reference } from '../../../../api/src/contracts/common';
import type { SkillChoice } from '../support-log/SkillCheckboxes';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: '1fr',
    '@media (min-width: 720px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', alignItems: 'end' },
  },
  filter: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface DropInFilterValues {
  categoryKey: string;
  siteId: string;
  format: '' | DropInFormat;
}

/** Skill, place and format; each change shows the first page of what matches. */
export function DropInFilters({
  values,
  skills,
  sites,
  onChange,
}: {
  values: DropInFilterValues;
  skills: readonly SkillChoice[];
  sites: readonly Reference[];
  onChange: (values: DropInFilterValues) => void;
}) {
  const styles = useStyles();
  const set = (next: Partial<DropInFilterValues>) => onChange({ ...values, ...next });
  return (
    <div className={styles.filters}>
      <Field label="Skill" className={styles.filter}>
        <Select className={styles.select} select={{ className: styles.select }} value={values.categoryKey} onChange={(_, data) => set({ categoryKey: data.value })}>
          <option value="">Any skill</option>
          {skills.map((skill) => (
            <option key={skill.key} value={skill.key}>
              {skill.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Where" className={styles.filter}>
        <Select className={styles.select} select={{ className: styles.select }} value={values.siteId} onChange={(_, data) => set({ siteId: data.value })}>
          <option value="">Any site</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="In person or online" className={styles.filter}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          value={values.format}
          onChange={(_, data) => set({ format: data.value === '' ? '' : DropInFormat.parse(data.value) })}
        >
          <option value="">Either</option>
          {DropInFormat.options.map((format) => (
            <option key={format} value={format}>
              {DROP_IN_FORMAT_LABELS[format]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
