import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import type { Objective } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { agreeObjective, returnObjective } from '../../api/objectives-api';
import { fieldMessage, type FormField } from '../../components/form-problems';
import { ActionForm } from './ActionForm';
import { useObjectiveAction } from './use-objective-action';

const AGREE_COMMENT: FormField = { field: 'body.comment', label: 'Your comment', targetId: 'agree-comment' };
const RETURN_COMMENT: FormField = { field: 'body.comment', label: 'What to change', targetId: 'return-comment' };

interface ReviewFormProps {
  objective: Objective;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A manager agrees the objective, with a comment if they like; the person is told. */
export function AgreeForm({ objective, onDone, onCancel }: ReviewFormProps) {
  const api = useApi();
  const [comment, setComment] = useState('');
  const action = useObjectiveAction();
  const name = objective.person.displayName;
  return (
    <ActionForm
      id="agree"
      heading={`Agree ${name}’s objective`}
      submitLabel="Agree the objective"
      failedTitle="The objective was not agreed"
      fields={[AGREE_COMMENT]}
      problems={action.problems}
      error={action.error}
      busy={action.busy}
      onCancel={onCancel}
      onSubmit={() => void action.run([], () => agreeObjective(api, objective.id, comment.trim() || undefined), () => onDone(`Agreed. ${name} is told, with your comment if you left one.`))}
    >
      <Field label="Comment (optional)" hint={`${name} sees it. For example, how you will support them.`} validationMessage={fieldMessage(action.problems, AGREE_COMMENT)}>
        <Textarea id={AGREE_COMMENT.targetId} resize="vertical" value={comment} onChange={(_, data) => setComment(data.value)} />
      </Field>
    </ActionForm>
  );
}

/** A manager sends it back with what to change; the comment is required, because the person needs to know. */
export function ReturnForm({ objective, onDone, onCancel }: ReviewFormProps) {
  const api = useApi();
  const [comment, setComment] = useState('');
  const action = useObjectiveAction();
  const name = objective.person.displayName;
  const local = (): FieldProblem[] => (comment.trim().length < 3 ? [{ field: RETURN_COMMENT.field, message: `is required: tell ${name} what to change` }] : []);
  return (
    <ActionForm
      id="return"
      heading={`Return it to ${name} for changes`}
      submitLabel="Return it with my comment"
      failedTitle="The objective was not returned"
      fields={[RETURN_COMMENT]}
      problems={action.problems}
      error={action.error}
      busy={action.busy}
      onCancel={onCancel}
      onSubmit={() => void action.run(local(), () => returnObjective(api, objective.id, comment.trim()), () => onDone(`Returned to ${name} with your comment.`))}
    >
      <Field label="What should they change?" required hint={`${name} sees this. Say what would make it a good objective.`} validationMessage={fieldMessage(action.problems, RETURN_COMMENT)}>
        <Textarea id={RETURN_COMMENT.targetId} resize="vertical" value={comment} onChange={(_, data) => setComment(data.value)} />
      </Field>
    </ActionForm>
  );
}
