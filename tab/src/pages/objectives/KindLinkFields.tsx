import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import { searchPeople, searchProjects } from '../../components/search-choices';
import { SearchPicker } from '../../components/SearchPicker';
import { SkillCheckboxes } from '../support-log/SkillCheckboxes';
import { OBJECTIVE_FIELDS, type ObjectiveDraft, type SupportMode } from './objective-form-fields';

function supportModeOf(value: string): SupportMode {
  return value === 'champion' ? 'champion' : 'colleague';
}

type FieldErrors = Partial<Record<keyof typeof OBJECTIVE_FIELDS, string>>;

/** What the objective is linked to, which depends on its kind: skills, a colleague or the champion role, or a project. */
export function KindLinkFields({
  draft,
  categories,
  errors,
  onChange,
}: {
  draft: ObjectiveDraft;
  categories: readonly FrameworkCategory[];
  errors: FieldErrors;
  onChange: (next: Partial<ObjectiveDraft>) => void;
}) {
  const api = useApi();
  if (draft.kind === 'skill') {
    return (
      <SkillCheckboxes
        id={OBJECTIVE_FIELDS.categoryKeys.targetId}
        legend="Which skills will you develop?"
        hint="Tick the areas of the skills framework it covers: one is enough."
        skills={categories.map((category) => ({ key: category.key, title: category.title }))}
        chosen={draft.categoryKeys}
        error={errors.categoryKeys}
        onChange={(categoryKeys) => onChange({ categoryKeys })}
      />
    );
  }
  if (draft.kind === 'support') {
    return (
      <>
        <Field label="Who will you support?" required validationMessage={errors.supportsAsChampion ?? (draft.supportMode === 'colleague' ? undefined : errors.supportedPersonId)}>
          <RadioGroup value={draft.supportMode ?? ''} onChange={(_, data) => onChange({ supportMode: supportModeOf(data.value) })}>
            <Radio id={OBJECTIVE_FIELDS.supportsAsChampion.targetId} value="colleague" label="A colleague I will help become confident" />
            <Radio value="champion" label="People across the council, by being a Digital Champion" />
          </RadioGroup>
        </Field>
        {draft.supportMode === 'colleague' ? (
          <SearchPicker
            id={OBJECTIVE_FIELDS.supportedPersonId.targetId}
            label="Colleague"
            hint="Type at least two letters of their name or e-mail address, then choose them."
            noun="colleague"
            chosen={draft.supportedPerson ? { id: draft.supportedPerson.id, name: draft.supportedPerson.displayName } : null}
            error={errors.supportedPersonId}
            search={searchPeople(api)}
            onChoose={(choice) => onChange({ supportedPerson: choice ? { id: choice.id, displayName: choice.name } : null })}
          />
        ) : null}
      </>
    );
  }
  if (draft.kind === 'project') {
    return (
      <SearchPicker
        id={OBJECTIVE_FIELDS.projectId.targetId}
        label="Project"
        hint="Type at least two letters of the project’s name, then choose it. Every council digital project is in the register."
        noun="project"
        chosen={draft.project}
        error={errors.projectId}
        search={searchProjects(api)}
        onChoose={(choice) => onChange({ project: choice ? { id: choice.id, name: choice.name } : null })}
      />
    );
  }
  return null;
}
