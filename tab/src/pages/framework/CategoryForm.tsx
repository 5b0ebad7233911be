import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CategoryDocument } from '../../../../api/src/contracts/skills-framework';

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
});

type CategoryText = Pick<CategoryDocument, 'title' | 'description' | 'basic'>;

const CategoryText = CategoryDocument.pick({ title: true, description: true, basic: true });

interface CategoryFormProps {
  initial: CategoryText;
  onSave: (next: CategoryText) => void;
  onCancel: () => void;
}

/** The category's own words, and whether it counts towards basic digital skills. */
export function CategoryForm({ initial, onSave, onCancel }: CategoryFormProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [fields, setFields] = useState<CategoryText>(initial);
  const [errors, setErrors] = useState<Partial<Record<'title' | 'description', string>>>({});

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CategoryText.safeParse(fields);
    if (parsed.success) {
      onSave(parsed.data);
      return;
    }
    const found: Partial<Record<'title' | 'description', string>> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] === 'title' ? 'title' : 'description';
      const label = name === 'title' ? 'Title' : 'Description';
      if (issue.code === 'too_small') found[name] ??= `${label} must be at least ${String(issue.minimum)} characters`;
      else if (issue.code === 'too_big') found[name] ??= `${label} must be at most ${String(issue.maximum)} characters`;
      else found[name] ??= `${label}: ${issue.message}`;
    }
    setErrors(found);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Change category">
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        Change category
      </h3>
      <Field label="Title" required validationMessage={errors.title}>
        <Input value={fields.title} onChange={(_, data) => setFields({ ...fields, title: data.value })} />
      </Field>
      <Field label="Description" required validationMessage={errors.description}>
        <Textarea resize="vertical" value={fields.description} onChange={(_, data) => setFields({ ...fields, description: data.value })} />
      </Field>
      <Checkbox
        label="Counts towards basic digital skills"
        checked={fields.basic}
        onChange={(_, data) => setFields({ ...fields, basic: data.checked === true })}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<CheckmarkRegular />}>
          Keep these changes
        </Button>
        <Button icon={<DismissRegular />} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
