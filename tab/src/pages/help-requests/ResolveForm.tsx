import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { useApi } from '../../api/api-context';
import { resolveHelpRequest } from '../../api/help-requests-api';
import { asApiError } from '../../api/use-api-query';
import { ProblemSummary, type ProblemItem } from '../../components/ProblemSummary';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: '0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  minutes: { maxWidth: '10rem' },
});

type Problems = { note?: string; minutes?: string; other?: string };

function check(note: string, minutes: string): Problems {
  const found: Problems = {};
  if (note.trim().length < 3) found.note = 'Say in a few words what you did';
  const value = Number(minutes);
  if (minutes.trim() === '' || !Number.isInteger(value) || value < 1 || value > 600) found.minutes = 'Enter the minutes you spent, as a whole number from 1 to 600';
  return found;
}

/** Closing a request the champion has helped with: what they did, for the support log, and how long it took. */
export function ResolveForm({ request, onResolved }: { request: HelpRequest; onResolved: (request: HelpRequest) => void }) {
  const styles = useStyles();
  const api = useApi();
  const [note, setNote] = useState('');
  const [minutes, setMinutes] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { note: `resolve-note-${request.id}`, minutes: `resolve-minutes-${request.id}`, heading: `resolve-heading-${request.id}` };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const found = check(note, minutes);
    if (found.note || found.minutes) {
      setProblems(found);
      return;
    }
    setBusy(true);
    setProblems(null);
    try {
      onResolved(await resolveHelpRequest(api, request.id, { note: note.trim(), minutesSpent: Number(minutes) }));
    } catch (caught) {
      const error = asApiError(caught);
      const fromServer: Problems = {};
      for (const field of error.fieldErrors) {
        if (field.field === 'body.note') fromServer.note = `What you did: ${field.message}`;
        else if (field.field === 'body.minutesSpent') fromServer.minutes = `Minutes spent: ${field.message}`;
      }
      setProblems(fromServer.note || fromServer.minutes ? fromServer : { other: error.message });
    } finally {
      setBusy(false);
    }
  };

  const items: ProblemItem[] = [
    ...(problems?.note ? [{ key: 'note', text: problems.note, href: `#${ids.note}`, onFollow: () => document.getElementById(ids.note)?.focus() }] : []),
    ...(problems?.minutes ? [{ key: 'minutes', text: problems.minutes, href: `#${ids.minutes}`, onFollow: () => document.getElementById(ids.minutes)?.focus() }] : []),
    ...(problems?.other ? [{ key: 'other', text: problems.other }] : []),
  ];
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={ids.heading}>
      <h4 id={ids.heading} className={styles.heading}>
        When you have helped {request.requester.displayName}
      </h4>
      {items.length > 0 ? <ProblemSummary headingId={`resolve-problems-${request.id}`} detail="The request is not resolved yet." items={items} focusKey={attempt} compact /> : null}
      <Field label="What did you do?" required hint="A sentence or two for your support log. The person who asked sees it too." validationMessage={problems?.note}>
        <Textarea id={ids.note} resize="vertical" value={note} onChange={(_, data) => setNote(data.value)} />
      </Field>
      <Field label="Minutes spent" required hint="Roughly, as a whole number." validationMessage={problems?.minutes}>
        <Input id={ids.minutes} className={styles.minutes} inputMode="numeric" value={minutes} onChange={(_, data) => setMinutes(data.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" icon={<CheckmarkCircleRegular />} disabledFocusable={busy}>
          {busy ? 'Saving…' : 'Mark as resolved'}
        </Button>
      </div>
    </form>
  );
}
