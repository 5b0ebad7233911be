import type { ObjectiveInput, ObjectiveKind } from '../../../../api/src/contracts/objectives';
import type { Reference } from '../../../../api/src/contracts/common';
import type { PersonRef } from '../../../../api/src/contracts/champions';
import type { Objective } from '../../../../api/src/contracts/objectives';
import type { FormField } from '../../components/form-problems';

/** Each field of the objective form: its name in the server's 422, its label in a sentence, and where focus goes to fix it. */
export const OBJECTIVE_FIELDS = {
  kind: { field: 'body.kind', label: 'Kind of objective', targetId: 'objective-kind', missing: 'Choose the kind of objective' },
  categoryKeys: { field: 'body.categoryKeys', label: 'Skills', targetId: 'objective-skills' },
  supportsAsChampion: { field: 'body.supportsAsChampion', label: 'Who you will support:', targetId: 'objective-support-who' },
  // The server's words here are instructions ("choose a colleague to support, …"), hence the colons.
  supportedPersonId: { field: 'body.supportedPersonId', label: 'Who you will support:', targetId: 'objective-colleague' },
  projectId: { field: 'body.projectId', label: 'Project:', targetId: 'objective-project' },
  title: { field: 'body.title', label: 'Title', targetId: 'objective-title', missing: 'Enter a title for the objective' },
  successMeasure: { field: 'body.successMeasure', label: 'What success looks like', targetId: 'objective-success', missing: 'Say how you will know you have done it' },
  targetDate: { field: 'body.targetDate', label: 'Target date', targetId: 'objective-target-date', missing: 'Enter the date you aim to finish by' },
} satisfies Record<string, FormField>;

export type ObjectiveFieldName = keyof typeof OBJECTIVE_FIELDS;

/**
 * The fields in the form's order. A missing colleague is fixed on the "Who will you support?"
 * choice until "a colleague" is chosen, and in the colleague search after.
 */
export function objectiveFields(draft: ObjectiveDraft): Record<ObjectiveFieldName, FormField> {
  if (draft.kind === 'support' && draft.supportMode !== 'colleague') {
    return { ...OBJECTIVE_FIELDS, supportedPersonId: { ...OBJECTIVE_FIELDS.supportedPersonId, targetId: OBJECTIVE_FIELDS.supportsAsChampion.targetId } };
  }
  return OBJECTIVE_FIELDS;
}

export type SupportMode = 'colleague' | 'champion';

/** The form as the person fills it in: the chosen colleague and project keep their names for showing. */
export interface ObjectiveDraft {
  kind: ObjectiveKind | null;
  title: string;
  successMeasure: string;
  targetDate: string;
  categoryKeys: string[];
  supportMode: SupportMode | null;
  supportedPerson: PersonRef | null;
  project: Reference | null;
}

export function draftOf(objective: Objective | null): ObjectiveDraft {
  if (!objective) {
    return { kind: null, title: '', successMeasure: '', targetDate: '', categoryKeys: [], supportMode: null, supportedPerson: null, project: null };
  }
  return {
    kind: objective.kind,
    title: objective.title,
    successMeasure: objective.successMeasure,
    targetDate: objective.targetDate ?? '',
    categoryKeys: objective.skills.map((skill) => skill.key),
    supportMode: objective.supportsAsChampion ? 'champion' : objective.supportedPerson ? 'colleague' : null,
    supportedPerson: objective.supportedPerson,
    project: objective.project,
  };
}

/** What is sent: only the link the kind needs, and nothing for a box left empty, so the server names what is missing. */
export function inputOf(draft: ObjectiveDraft): Partial<ObjectiveInput> {
  const { kind } = draft;
  return {
    kind: kind ?? undefined,
    title: draft.title,
    successMeasure: draft.successMeasure,
    targetDate: draft.targetDate || undefined,
    categoryKeys: kind === 'skill' ? draft.categoryKeys : [],
    supportedPersonId: kind === 'support' && draft.supportMode === 'colleague' ? (draft.supportedPerson?.id ?? null) : null,
    supportsAsChampion: kind === 'support' && draft.supportMode === 'champion',
    projectId: kind === 'project' ? (draft.project?.id ?? null) : null,
  };
}
