import { DROP_IN_FORMAT_LABELS, DropInFormat } from '../../../../api/src/contracts/drop-ins';
import type { Reference } from '../../../../api/src/contracts/common';
import { FilterGrid, FilterSelect } from '../../components/Filters';
import type { SkillChoice } from '../support-log/SkillCheckboxes';

export interface DropInFilterValues {
  categoryKey: string;
  siteId: string;
  format: '' | DropInFormat;
}

const FORMAT_OPTIONS = DropInFormat.options.map((format) => ({ value: format, label: DROP_IN_FORMAT_LABELS[format] }));

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
  const set = (next: Partial<DropInFilterValues>) => onChange({ ...values, ...next });
  return (
    <FilterGrid columns={3}>
      <FilterSelect
        label="Skill"
        anyLabel="Any skill"
        value={values.categoryKey}
        options={skills.map((skill) => ({ value: skill.key, label: skill.title }))}
        onChange={(categoryKey) => set({ categoryKey })}
      />
      <FilterSelect
        label="Where"
        anyLabel="Any site"
        value={values.siteId}
        options={sites.map((site) => ({ value: site.id, label: site.name }))}
        onChange={(siteId) => set({ siteId })}
      />
      <FilterSelect
        label="In person or online"
        anyLabel="Either"
        value={values.format}
        options={FORMAT_OPTIONS}
        onChange={(format) => set({ format: format === '' ? '' : DropInFormat.parse(format) })}
      />
    </FilterGrid>
  );
}
