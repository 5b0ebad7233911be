import { Button, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { StatementDocument } from '../../../../api/src/contracts/skills-framework';
import { keyFromText } from './framework-draft';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: '0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, outlineStyle: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  contexts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

type Fields = Record<'key' | 'text' | 'helpText' | 'example' | 'context', string>;

const LABELS: Record<keyof Fields, string> = {
  key: 'Key',
  text: 'Statement',
  helpText: 'Help text',
  example: 'Example',
  context: 'For life or for work',
};

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return `must be at least ${String(issue.minimum)} characters`;
  if (issue.code === 'too_big') return `must be at most ${String(issue.maximum)} characters`;
  return issue.message;
}

interface StatementFormProps {
  /** What the form is for, e.g. "Change statement" or "Add a statement to Foundation". */
  heading: string;
  initial: StatementDocument | null;
  /** Keys used by other statements in the draft; a new statement's key must not be one of them. */
  takenKeys: ReadonlySet<string>;
  onSave: (statement: StatementDocument) => void;
  onCancel: () => void;
}

/** Edits one statement of the draft; checked here with the same rules the server uses. */
export function StatementForm({ heading, initial, takenKeys, onSave, onCancel }: StatementFormProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [fields, setFields] = useState<Fields>({
    key: initial?.key ?? '',
    text: initial?.text ?? '',
    helpText: initial?.helpText ?? '',
    example: initial?.example ?? '',
    context: initial?.context ?? 'work',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = (name: keyof Fields, value: string) => setFields((current) => ({ ...current, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = initial?.key ?? (fields.key.trim() || keyFromText(fields.text, takenKeys));
    const parsed = StatementDocument.safeParse({ ...fields, key });
    const found: Partial<Record<keyof Fields, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as keyof Fields;
        found[name] ??= `${LABELS[name]} ${messageOf(issue)}`;
      }
    }
    if (!initial && takenKeys.has(key)) found.key = `Key “${key}” is already used by another statement`;
    setErrors(found);
    if (parsed.success && Object.keys(found).length === 0) onSave(parsed.data);
  };

  const validation = (name: keyof Fields) => errors[name];
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={heading}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {heading}
      </h3>
      {!initial ? (
        <Field
          label="Key (optional)"
          hint="Lower-case words joined by hyphens, such as use-copilot. Leave empty to make one from the statement. It cannot be changed later."
          validationMessage={validation('key')}
        >
          <Input value={fields.key} onChange={(_, data) => set('key', data.value)} />
        </Field>
      ) : null}
      <Field label="Statement" required hint="What the person can do, in plain words, such as “Send a message in Teams”." validationMessage={validation('text')}>
        <Textarea resize="vertical" value={fields.text} onChange={(_, data) => set('text', data.value)} />
      </Field>
      <Field label="Help text" required hint="One or two short sentences explaining it." validationMessage={validation('helpText')}>
        <Textarea resize="vertical" value={fields.helpText} onChange={(_, data) => set('helpText', data.value)} />
      </Field>
      <Field label="Example" required hint="Something from everyday council work or life." validationMessage={validation('example')}>
        <Textarea resize="vertical" value={fields.example} onChange={(_, data) => set('example', data.value)} />
      </Field>
      <Field label="For life or for work" validationMessage={validation('context')}>
        <RadioGroup className={styles.contexts} value={fields.context} onChange={(_, data) => set('context', data.value)}>
          <Radio value="life" label="For life" />
          <Radio value="work" label="For work" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<CheckmarkRegular />}>
          {initial ? 'Keep these changes' : 'Add statement'}
        </Button>
        <Button icon={<DismissRegular />} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
