import { Button, Card, Checkbox, Field, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { MyMatching } from '../../../../api/src/contracts/matching';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { optInToMatching } from '../../api/matching-api';
import { asApiError } from '../../api/use-api-query';
import { ProblemSummary, type ProblemItem } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';

const IN_PERSON_ID = 'matching-in-person';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '44rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

type Problems = { inPerson?: string; other?: string };

function problemsOf(error: ApiError): Problems {
  const problems: Problems = {};
  for (const field of error.fieldErrors) {
    if (field.field === 'body.inPerson') problems.inPerson = `Help in person: ${field.message}`;
    else problems.other = field.message;
  }
  if (!problems.inPerson && !problems.other) problems.other = error.message;
  return problems;
}

/** Asking to be matched (or changing how): help in person, or online. */
export function OptInForm({ current, onSaved }: { current: MyMatching['optIn']; onSaved: (matching: MyMatching) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [inPerson, setInPerson] = useState(current?.inPerson ?? true);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setBusy(true);
    setProblems(null);
    try {
      onSaved(await optInToMatching(api, { inPerson }));
    } catch (caught) {
      setProblems(problemsOf(asApiError(caught)));
    } finally {
      setBusy(false);
    }
  };

  const items: ProblemItem[] = [
    ...(problems?.inPerson ? [{ key: 'in-person', text: problems.inPerson, href: `#${IN_PERSON_ID}`, onFollow: () => document.getElementById(IN_PERSON_ID)?.focus() }] : []),
    ...(problems?.other ? [{ key: 'other', text: problems.other }] : []),
  ];
  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="opt-in-heading">
        <h2 id="opt-in-heading" className={shared.sectionHeading}>
          {current ? 'Change how you would like help' : 'Ask to be matched with a Digital Champion'}
        </h2>
        {items.length > 0 ? <ProblemSummary headingId="opt-in-problems" detail="We could not save your answer." items={items} focusKey={attempt} /> : null}
        <p className={shared.paragraph}>
          A Digital Champion is a colleague who is good at the things your skills audit shows you would like to learn. We match you
          with one who has time, and you arrange how and when to meet.
        </p>
        <Field validationMessage={problems?.inPerson} hint="We then look first for a champion who works in the same building as you. Leave it unticked for help by Teams call or chat.">
          <Checkbox id={IN_PERSON_ID} label="I would like help in person" checked={inPerson} onChange={(_, data) => setInPerson(data.checked === true)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<PeopleTeamRegular />} disabledFocusable={busy}>
            {busy ? 'Saving…' : current ? 'Save my choice' : 'Ask to be matched'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
