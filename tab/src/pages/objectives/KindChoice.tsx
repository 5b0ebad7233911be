import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { OBJECTIVE_KIND_LABELS, OBJECTIVE_KINDS, ObjectiveKind } from '../../../../api/src/contracts/objectives';
import { OBJECTIVE_FIELDS } from './objective-form-fields';
import { OBJECTIVE_KIND_EXPLANATIONS } from './objective-format';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  option: { display: 'flex', flexDirection: 'column' },
  label: { fontWeight: tokens.fontWeightSemibold },
  explanation: {
    margin: '0',
    // Lined up with the label, past the radio button.
    paddingInlineStart: `calc(${tokens.spacingHorizontalS} * 2 + 16px)`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    maxWidth: '65ch',
  },
});

/** The strategy's three kinds, each explained under its radio button (and read out with it). */
export function KindChoice({ kind, error, onChange }: { kind: ObjectiveKind | null; error?: string | undefined; onChange: (kind: ObjectiveKind) => void }) {
  const styles = useStyles();
  return (
    <Field label="What kind of objective is it?" required validationMessage={error}>
      <RadioGroup className={styles.group} value={kind ?? ''} onChange={(_, data) => onChange(ObjectiveKind.parse(data.value))}>
        {OBJECTIVE_KINDS.map((each, index) => (
          <div key={each} className={styles.option}>
            <Radio
              value={each}
              // Spread, not `id={undefined}`: Fluent's own id keeps the label tied to the other buttons.
              {...(index === 0 ? { id: OBJECTIVE_FIELDS.kind.targetId } : {})}
              label={{ children: OBJECTIVE_KIND_LABELS[each], className: styles.label }}
              input={{ 'aria-describedby': `objective-kind-${each}-about` }}
            />
            <p id={`objective-kind-${each}-about`} className={styles.explanation}>
              {OBJECTIVE_KIND_EXPLANATIONS[each]}
            </p>
          </div>
        ))}
      </RadioGroup>
    </Field>
  );
}
