import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import type { ApiError } from '../../api/api-error';
import { ErrorState } from '../../components/ErrorState';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { problemItems, type FormField } from '../../components/form-problems';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { outlineStyle: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * The small form behind an action button (agree, return, check in, record the outcome). Its
 * heading takes focus when it opens, so the keyboard and screen reader carry on from there.
 */
export function ActionForm({
  id,
  heading,
  submitLabel,
  failedTitle,
  fields,
  problems,
  error,
  busy,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  /** "The check-in was not recorded". */
  failedTitle: string;
  fields: readonly FormField[];
  problems: readonly FieldProblem[];
  error: ApiError | null;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className={`${shared.subHeading} ${styles.heading}`}>
        {heading}
      </h3>
      {problems.length > 0 ? <ProblemSummary headingId={`${id}-problems`} detail={`${failedTitle}.`} items={problemItems(problems, fields)} focusKey={problems} compact /> : null}
      {error ? <ErrorState title={failedTitle} error={error} /> : null}
      {children}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? 'Please wait…' : submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
