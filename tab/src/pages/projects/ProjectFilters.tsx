import { Checkbox, SearchBox } from '@fluentui/react-components';
import type { Reference } from '../../../../api/src/contracts/common';
import { PROJECT_RAGS, PROJECT_STAGES, PROJECT_STAGE_LABELS, ProjectRag, ProjectStage, ragText } from '../../../../api/src/contracts/projects';
import { FilterField, FilterGrid, FilterSelect } from '../../components/Filters';

export interface ProjectFilterValues {
  text: string;
  serviceId: string;
  stage: '' | ProjectStage;
  rag: '' | ProjectRag;
  following: boolean;
}

export const NO_FILTERS: ProjectFilterValues = { text: '', serviceId: '', stage: '', rag: '', following: false };

const STAGE_OPTIONS = PROJECT_STAGES.map((stage) => ({ value: stage, label: PROJECT_STAGE_LABELS[stage] }));
const RAG_OPTIONS = PROJECT_RAGS.map((rag) => ({ value: rag, label: ragText(rag) }));

/** Words, service, stage, status and "only projects I follow"; each change shows the first page of what matches. */
export function ProjectFilters({ values, services, onChange }: { values: ProjectFilterValues; services: readonly Reference[]; onChange: (values: ProjectFilterValues) => void }) {
  const set = (next: Partial<ProjectFilterValues>) => onChange({ ...values, ...next });
  return (
    <>
      <FilterGrid columns={2}>
        <FilterField label="Search">
          <SearchBox value={values.text} onChange={(_, data) => set({ text: data.value })} />
        </FilterField>
        <FilterSelect
          label="Service"
          anyLabel="Any service"
          value={values.serviceId}
          options={services.map((service) => ({ value: service.id, label: service.name }))}
          onChange={(serviceId) => set({ serviceId })}
        />
        <FilterSelect label="Stage" anyLabel="Any stage" value={values.stage} options={STAGE_OPTIONS} onChange={(stage) => set({ stage: stage === '' ? '' : ProjectStage.parse(stage) })} />
        <FilterSelect label="Status" anyLabel="Any status" value={values.rag} options={RAG_OPTIONS} onChange={(rag) => set({ rag: rag === '' ? '' : ProjectRag.parse(rag) })} />
      </FilterGrid>
      <Checkbox label="Only projects I follow" checked={values.following} onChange={(_, data) => set({ following: data.checked === true })} />
    </>
  );
}
