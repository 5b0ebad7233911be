import { Button, Card, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, SaveRegular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import type { FrameworkChange, FrameworkDocument } from '../../../../api/src/contracts/skills-framework';
import type { ApiError } from '../../api/api-error';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { ChangeSummary } from './ChangeSummary';
import { Notice } from '../../components/Notice';

const useStyles = makeStyles({
  heading: { outlineStyle: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

interface SaveChangesProps {
  headingRef: Ref<HTMLHeadingElement>;
  nextVersion: number;
  dirty: boolean;
  check: FrameworkChange | null;
  before: FrameworkDocument;
  after: FrameworkDocument;
  note: string;
  busy: 'check' | 'save' | null;
  error: ApiError | null;
  onNote: (note: string) => void;
  onCheck: () => void;
  onSave: () => void;
  onDiscard: () => void;
}

/** Check first (a dry run lists what would change), then save as the next version with a note. */
export function SaveChanges({
  headingRef,
  nextVersion,
  dirty,
  check,
  before,
  after,
  note,
  busy,
  error,
  onNote,
  onCheck,
  onSave,
  onDiscard,
}: SaveChangesProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const canSave = check !== null && !check.unchanged;

  return (
    <Card className={shared.card}>
      <section aria-labelledby="save-heading" className={shared.section}>
        <h2 id="save-heading" ref={headingRef} tabIndex={-1} className={`${shared.sectionHeading} ${styles.heading}`}>
          Check and save your changes
        </h2>
        {!dirty && check === null ? <p className={shared.paragraph}>You have not changed anything yet.</p> : null}
        {dirty && check === null ? (
          <p className={shared.paragraph}>Check your changes first. We will list what would be added, retired, reworded and moved.</p>
        ) : null}
        {check?.unchanged ? (
          <Notice intent="info">This is the same as the current version, so there is nothing to save.</Notice>
        ) : null}
        {canSave ? (
          <>
            <p className={shared.paragraph}>Saving makes these changes version {nextVersion}. Audits already taken keep their version.</p>
            <ChangeSummary change={check} before={before} after={after} />
            <Field label="Note about this version (optional)" hint="What changed and why, for whoever looks at the history later.">
              <Textarea resize="vertical" value={note} maxLength={500} onChange={(_, data) => onNote(data.value)} />
            </Field>
          </>
        ) : null}
        {error ? <ErrorState title="We could not check or save the framework" error={error} /> : null}
        <div className={styles.actions}>
          {canSave ? (
            <Button appearance="primary" icon={<SaveRegular />} disabledFocusable={busy !== null} onClick={onSave}>
              {busy === 'save' ? 'Saving…' : `Save as version ${nextVersion}`}
            </Button>
          ) : (
            <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={busy !== null || !dirty} onClick={onCheck}>
              {busy === 'check' ? 'Checking…' : 'Check changes'}
            </Button>
          )}
          {dirty ? (
            <Button icon={<ArrowUndoRegular />} disabledFocusable={busy !== null} onClick={onDiscard}>
              Discard changes
            </Button>
          ) : null}
        </div>
      </section>
    </Card>
  );
}
