import { Button, Card, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import { isAbortError, type ApiError } from '../../api/api-error';
import { askForHelp, suggestCategory } from '../../api/help-requests-api';
import { asApiError } from '../../api/use-api-query';
import { ProblemSummary, type ProblemItem } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';

const QUESTION_ID = 'help-question';
const CATEGORY_NAME = 'help-category';
/** One suggestion per pause in typing. */
const SUGGEST_AFTER_MS = 600;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '44rem' },
  description: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

type Problems = { question?: string; category?: string; other?: string };

function problemsOf(error: ApiError): Problems {
  const problems: Problems = {};
  for (const field of error.fieldErrors) {
    if (field.field === 'body.question') problems.question = `What you need help with ${field.message}`;
    else if (field.field === 'body.categoryKey') problems.category = `What it is about: ${field.message}`;
    else problems.other = field.message;
  }
  if (!problems.question && !problems.category && !problems.other) problems.other = error.message;
  return problems;
}

function focusCategory() {
  const chosen = document.querySelector<HTMLInputElement>(`input[name="${CATEGORY_NAME}"]:checked`);
  (chosen ?? document.querySelector<HTMLInputElement>(`input[name="${CATEGORY_NAME}"]`))?.focus();
}

/** The question in the person's own words, the category the words point to (which they can change), and Send. */
export function AskChampionForm({ categories, onSent }: { categories: FrameworkCategory[]; onSent: (request: HelpRequest) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [question, setQuestion] = useState('');
  const [categoryKey, setCategoryKey] = useState<string | null>(null);
  // Once the person picks a category themselves, suggestions no longer change it.
  const chosenByPerson = useRef(false);
  const [suggested, setSuggested] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const words = useDebouncedValue(question.trim(), SUGGEST_AFTER_MS);

  useEffect(() => {
    if (words.length < 3) return;
    const controller = new AbortController();
    suggestCategory(api, words, controller.signal).then(
      (suggestion) => {
        setSuggested(suggestion.suggested);
        // Until the person picks one themselves, the choice follows their words.
        if (!chosenByPerson.current && suggestion.suggested) setCategoryKey(suggestion.suggested);
      },
      (error: unknown) => {
        // A suggestion is a convenience: without one, the person simply chooses.
        if (!isAbortError(error)) console.warn('No category suggestion', error);
      },
    );
    return () => controller.abort();
  }, [api, words]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (question.trim().length < 3) found.question = 'Enter what you need help with, in a few words';
    if (!categoryKey) found.category = 'Choose what your request is about';
    setAttempt((count) => count + 1);
    if (found.question || found.category || !categoryKey) {
      setProblems(found);
      return;
    }
    setBusy(true);
    setProblems(null);
    try {
      const request = await askForHelp(api, { question: question.trim(), categoryKey });
      setQuestion('');
      setCategoryKey(null);
      chosenByPerson.current = false;
      setSuggested(null);
      onSent(request);
    } catch (caught) {
      setProblems(problemsOf(asApiError(caught)));
    } finally {
      setBusy(false);
    }
  };

  const items: ProblemItem[] = [
    ...(problems?.question ? [{ key: 'question', text: problems.question, href: `#${QUESTION_ID}`, onFollow: () => document.getElementById(QUESTION_ID)?.focus() }] : []),
    ...(problems?.category ? [{ key: 'category', text: problems.category, href: `#${CATEGORY_NAME}`, onFollow: focusCategory }] : []),
    ...(problems?.other ? [{ key: 'other', text: problems.other }] : []),
  ];
  const suggestedTitle = categories.find((category) => category.key === suggested)?.title;
  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="ask-heading">
        <h2 id="ask-heading" className={shared.sectionHeading}>
          Ask for help
        </h2>
        {items.length > 0 ? <ProblemSummary headingId="ask-problems" detail="Your request was not sent." items={items} focusKey={attempt} /> : null}
        <Field
          label="What do you need help with?"
          required
          hint="Say it in your own words. For example: “I cannot open a file someone shared with me in Teams.”"
          validationMessage={problems?.question}
        >
          <Textarea id={QUESTION_ID} resize="vertical" rows={4} value={question} onChange={(_, data) => setQuestion(data.value)} />
        </Field>
        <Field
          label="What is it about?"
          required
          hint={
            <span aria-live="polite">
              {suggestedTitle
                ? `From your words, we think it is about ${suggestedTitle}. Choose another if that is not right.`
                : 'Choose the closest match. We suggest one when you have written what you need.'}
            </span>
          }
          validationMessage={problems?.category}
        >
          <RadioGroup
            id={CATEGORY_NAME}
            name={CATEGORY_NAME}
            value={categoryKey ?? ''}
            onChange={(_, data) => {
              setCategoryKey(data.value);
              chosenByPerson.current = true;
            }}
          >
            {categories.map((category) => (
              <Radio
                key={category.key}
                value={category.key}
                label={
                  <>
                    {category.title}
                    <span className={styles.description}>{category.description}</span>
                  </>
                }
              />
            ))}
          </RadioGroup>
        </Field>
        <p className={shared.paragraph}>We send your request to a Digital Champion who knows about it. They will get in touch through a Teams chat.</p>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<SendRegular />} disabledFocusable={busy}>
            {busy ? 'Sending…' : 'Send'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
