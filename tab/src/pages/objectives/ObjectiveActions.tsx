import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, DismissCircleRegular, EditRegular, NoteAddRegular, RibbonRegular, SendRegular } from '@fluentui/react-icons';
import { useRef, useState, type ReactElement } from 'react';
import type { Objective, ObjectiveAction } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { proposeObjective, withdrawObjective } from '../../api/objectives-api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { useInternalLinkClick } from '../../router/history-router';
import { useMe } from '../../session/session-context';
import { objectiveEditPath } from './objective-format';
import { CheckInForm, OutcomeForm } from './ProgressForms';
import { AgreeForm, ReturnForm } from './ReviewForms';
import { useObjectiveAction } from './use-objective-action';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The actions that open a small form first. */
type FormAction = Extract<ObjectiveAction, 'agree' | 'return' | 'check-in' | 'record-outcome'>;

/**
 * What the one looking may do now, exactly as the server's `actions` says. After an action
 * the page announces the result and takes focus; a cancelled form gives focus back to its button.
 */
export function ObjectiveActions({ objective, onDone }: { objective: Objective; onDone: (message: string) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const me = useMe();
  const [open, setOpen] = useState<FormAction | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const move = useObjectiveAction();
  const buttons = useRef<Partial<Record<FormAction | 'withdraw', HTMLElement | null>>>({});
  const edit = useInternalLinkClick(objectiveEditPath(objective.id));
  const can = (action: ObjectiveAction) => objective.actions.includes(action);
  const manager = me.person.lineManager?.displayName ?? 'your manager';

  if (objective.actions.length === 0) return null;

  const done = (message: string) => {
    setOpen(null);
    setConfirmWithdraw(false);
    onDone(message);
  };
  const cancel = (action: FormAction | 'withdraw') => {
    setOpen(null);
    setConfirmWithdraw(false);
    // After the form or dialog has gone, the button that opened it has focus again.
    setTimeout(() => buttons.current[action]?.focus(), 0);
  };
  const formButton = (action: FormAction, label: string, icon: ReactElement, primary = false) =>
    can(action) ? (
      <Button
        ref={(element) => {
          buttons.current[action] = element;
        }}
        appearance={primary ? 'primary' : 'secondary'}
        icon={icon}
        aria-expanded={open === action}
        onClick={() => setOpen(open === action ? null : action)}
      >
        {label}
      </Button>
    ) : null;

  const withdraw = async () => {
    let withdrawn = false;
    await move.run([], () => withdrawObjective(api, objective.id), () => {
      withdrawn = true;
      done('Withdrawn. It no longer counts as one of your objectives.');
    });
    // When it failed, the reason shows above the buttons: close the dialog so it can be read.
    if (!withdrawn) cancel('withdraw');
  };

  const formProps = { objective, onDone: done, onCancel: () => open && cancel(open) };
  return (
    <Card className={shared.card}>
      <section aria-labelledby="objective-actions-heading" className={shared.section}>
        <h2 id="objective-actions-heading" className={shared.sectionHeading}>
          What you can do
        </h2>
        {move.error ? <ErrorState title="That did not work" error={move.error} /> : null}
        <div className={styles.buttons}>
          {can('edit') ? (
            <Button as="a" href={objectiveEditPath(objective.id)} onClick={edit} icon={<EditRegular />}>
              Change it
            </Button>
          ) : null}
          {can('propose') ? (
            <Button
              appearance="primary"
              icon={<SendRegular />}
              disabledFocusable={move.busy}
              onClick={() => void move.run([], () => proposeObjective(api, objective.id), () => done(`Sent to ${manager} to agree. We will tell you when they have looked at it.`))}
            >
              Propose to my manager
            </Button>
          ) : null}
          {formButton('agree', 'Agree', <CheckmarkRegular />, true)}
          {formButton('return', 'Return for changes', <ArrowUndoRegular />)}
          {formButton('check-in', 'Record a check-in', <NoteAddRegular />, !can('record-outcome'))}
          {formButton('record-outcome', 'Record the outcome', <RibbonRegular />)}
          {can('withdraw') ? (
            <Button
              ref={(element) => {
                buttons.current.withdraw = element;
              }}
              icon={<DismissCircleRegular />}
              onClick={() => setConfirmWithdraw(true)}
            >
              Withdraw it
            </Button>
          ) : null}
        </div>
        {open === 'agree' ? <AgreeForm {...formProps} /> : null}
        {open === 'return' ? <ReturnForm {...formProps} /> : null}
        {open === 'check-in' ? <CheckInForm {...formProps} /> : null}
        {open === 'record-outcome' ? <OutcomeForm {...formProps} /> : null}
      </section>
      <ConfirmDialog
        open={confirmWithdraw}
        title="Withdraw this objective?"
        confirmLabel="Withdraw it"
        cancelLabel="No, keep it"
        busy={move.busy}
        onCancel={() => cancel('withdraw')}
        onConfirm={() => void withdraw()}
      >
        “{objective.title}” will no longer count as one of your digital objectives. You cannot undo this, but you can write a
        new one at any time.
      </ConfirmDialog>
    </Card>
  );
}
