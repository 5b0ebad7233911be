import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { ANSWER_LABELS, ANSWER_VALUES, AnswerValue } from '../../../../api/src/contracts/skills-audit';
import type { FrameworkStatement } from '../../../../api/src/contracts/skills-framework';
import { statementAnchor } from './audit-steps';

const useStyles = makeStyles({
  // The rule between statements is on a wrapper: on the fieldset itself it would run through the legend.
  separator: {
    paddingTop: tokens.spacingVerticalL,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  fieldset: {
    margin: '0',
    padding: '0',
    border: 'none',
    minWidth: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Links from the check page and the error summary bring the statement into view with some room above it.
    scrollMarginTop: tokens.spacingVerticalXXXL,
  },
  legend: {
    padding: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    maxWidth: '70ch',
  },
  hint: { margin: '0', color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  exampleLabel: { fontWeight: tokens.fontWeightSemibold },
});

const CONTEXT_WORDS = { life: 'In everyday life', work: 'At work' } as const;

/**
 * One statement as a fieldset whose legend is the statement itself, so a screen reader
 * says what is being asked before each of the four answers.
 */
export function StatementFieldset({
  statement,
  value,
  error,
  onChange,
}: {
  statement: FrameworkStatement;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}) {
  const styles = useStyles();
  const legendId = `legend-${statement.id}`;
  const hintId = `hint-${statement.id}`;
  return (
    <div className={styles.separator}>
      <fieldset id={statementAnchor(statement.id)} className={styles.fieldset}>
        <legend id={legendId} className={styles.legend}>
          {statement.text}
        </legend>
        <div id={hintId}>
          <p className={styles.hint}>{statement.helpText}</p>
          <p className={styles.hint}>
            <span className={styles.exampleLabel}>{CONTEXT_WORDS[statement.context]}, for example: </span>
            {statement.example}
          </p>
        </div>
        <Field validationMessage={error}>
          <RadioGroup
            name={`answer-${statement.id}`}
            value={value ?? ''}
            aria-labelledby={legendId}
            aria-describedby={hintId}
            onChange={(_, data) => {
              const parsed = AnswerValue.safeParse(data.value);
              if (parsed.success) onChange(parsed.data);
            }}
          >
            {ANSWER_VALUES.map((answer, index) => (
              <Radio key={answer} id={`answer-${statement.id}-${index}`} value={answer} label={ANSWER_LABELS[answer]} />
            ))}
          </RadioGroup>
        </Field>
      </fieldset>
    </div>
  );
}
