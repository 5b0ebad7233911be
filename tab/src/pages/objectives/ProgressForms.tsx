import { Field, Input, Radio, RadioGroup, Textarea, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import { OBJECTIVE_OUTCOME_LABELS, OBJECTIVE_OUTCOMES, ObjectiveOutcome, type Objective } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { recordCheckIn, recordOutcome } from '../../api/objectives-api';
import { fieldMessage, type FormField } from '../../components/form-problems';
import { ActionForm } from './ActionForm';
import { useObjectiveAction } from './use-objective-action';

const useStyles = makeStyles({
  progress: { maxWidth: '10rem' },
});

const NOTE: FormField = { field: 'body.note', label: 'How it is going', targetId: 'check-in-note' };
const PROGRESS: FormField = { field: 'body.progress', label: 'How far along', targetId: 'check-in-progress' };
const OUTCOME: FormField = { field: 'body.outcome', label: 'Outcome', targetId: 'outcome-choice' };
const OUTCOME_COMMENT: FormField = { field: 'body.comment', label: 'Your comment', targetId: 'outcome-comment' };

interface ProgressFormProps {
  objective: Objective;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A number from 0 to 100, or the words as typed so the server can say what is wrong with them. */
function progressOf(text: string): number | undefined {
  const value = Number(text.trim().replace(/%$/, ''));
  return text.trim() === '' || !Number.isInteger(value) ? undefined : value;
}

/** The person (or their manager) says how it is going, and how far along it is. */
export function CheckInForm({ objective, onDone, onCancel }: ProgressFormProps) {
  const styles = useStyles();
  const api = useApi();
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState(String(objective.progress));
  const action = useObjectiveAction();
  const local = (): FieldProblem[] => {
    const found: FieldProblem[] = [];
    if (note.trim().length < 3) found.push({ field: NOTE.field, message: 'is required: say in a few words how it is going' });
    const value = progressOf(progress);
    if (value === undefined || value < 0 || value > 100) found.push({ field: PROGRESS.field, message: 'must be a whole number from 0 to 100' });
    return found;
  };
  return (
    <ActionForm
      id="check-in"
      heading="Record a check-in"
      submitLabel="Record the check-in"
      failedTitle="The check-in was not recorded"
      fields={[NOTE, PROGRESS]}
      problems={action.problems}
      error={action.error}
      busy={action.busy}
      onCancel={onCancel}
      onSubmit={() => void action.run(local(), () => recordCheckIn(api, objective.id, { note: note.trim(), progress: progressOf(progress) }), () => onDone('Check-in recorded.'))}
    >
      <Field label="How is it going?" required hint="What you have done since the last check-in, and what is next." validationMessage={fieldMessage(action.problems, NOTE)}>
        <Textarea id={NOTE.targetId} resize="vertical" value={note} onChange={(_, data) => setNote(data.value)} />
      </Field>
      <Field className={styles.progress} label="How far along is it, in per cent?" required hint="0 to 100" validationMessage={fieldMessage(action.problems, PROGRESS)}>
        <Input id={PROGRESS.targetId} inputMode="numeric" contentAfter="%" value={progress} onChange={(_, data) => setProgress(data.value)} />
      </Field>
    </ActionForm>
  );
}

/** At the end of the year a manager records how it went, with a comment the person sees. */
export function OutcomeForm({ objective, onDone, onCancel }: ProgressFormProps) {
  const api = useApi();
  const [outcome, setOutcome] = useState<ObjectiveOutcome | null>(null);
  const [comment, setComment] = useState('');
  const action = useObjectiveAction();
  const name = objective.person.displayName;
  const local = (): FieldProblem[] => [
    ...(outcome ? [] : [{ field: OUTCOME.field, message: 'is required: choose how it went' }]),
    ...(comment.trim().length < 3 ? [{ field: OUTCOME_COMMENT.field, message: 'is required: say a few words about how it went' }] : []),
  ];
  return (
    <ActionForm
      id="outcome"
      heading="Record the outcome"
      submitLabel="Record the outcome"
      failedTitle="The outcome was not recorded"
      fields={[OUTCOME, OUTCOME_COMMENT]}
      problems={action.problems}
      error={action.error}
      busy={action.busy}
      onCancel={onCancel}
      onSubmit={() =>
        void action.run(local(), () => recordOutcome(api, objective.id, { ...(outcome ? { outcome } : {}), comment: comment.trim() }), () => onDone(`Outcome recorded. ${name} is told.`))
      }
    >
      <Field label="How did it go?" required validationMessage={fieldMessage(action.problems, OUTCOME)}>
        <RadioGroup value={outcome ?? ''} onChange={(_, data) => setOutcome(ObjectiveOutcome.parse(data.value))}>
          {OBJECTIVE_OUTCOMES.map((each, index) => (
            <Radio key={each} value={each} label={OBJECTIVE_OUTCOME_LABELS[each]} {...(index === 0 ? { id: OUTCOME.targetId } : {})} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Your comment" required hint={`${name} sees it. Say what went well, and what could go better next year.`} validationMessage={fieldMessage(action.problems, OUTCOME_COMMENT)}>
        <Textarea id={OUTCOME_COMMENT.targetId} resize="vertical" value={comment} onChange={(_, data) => setComment(data.value)} />
      </Field>
    </ActionForm>
  );
}
