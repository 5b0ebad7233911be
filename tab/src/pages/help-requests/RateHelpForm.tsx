import { Button, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { useApi } from '../../api/api-context';
import { rateHelpRequest } from '../../api/help-requests-api';
import { asApiError } from '../../api/use-api-query';
import { ProblemSummary, type ProblemItem } from '../../components/ProblemSummary';
import { RATING_WORDS } from './help-request-format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: '0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

type Problems = { rating?: string; comment?: string; other?: string };

/** 1 to 5, each with its words, and an optional comment: how the person found the help. */
export function RateHelpForm({ request, onRated }: { request: HelpRequest; onRated: (request: HelpRequest) => void }) {
  const styles = useStyles();
  const api = useApi();
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { rating: `rating-${request.id}`, comment: `rating-comment-${request.id}`, heading: `rate-heading-${request.id}` };
  const champion = request.claimedBy?.displayName ?? 'your champion';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (!rating) {
      setProblems({ rating: 'Choose how helpful it was, from 1 to 5' });
      return;
    }
    setBusy(true);
    setProblems(null);
    try {
      onRated(await rateHelpRequest(api, request.id, { rating: Number(rating), ...(comment.trim() ? { comment: comment.trim() } : {}) }));
    } catch (caught) {
      const error = asApiError(caught);
      const found: Problems = {};
      for (const field of error.fieldErrors) {
        if (field.field === 'body.rating') found.rating = `Rating: ${field.message}`;
        else if (field.field === 'body.comment') found.comment = `Comment: ${field.message}`;
      }
      setProblems(found.rating || found.comment ? found : { other: error.message });
    } finally {
      setBusy(false);
    }
  };

  const focusRating = () => {
    const radios = document.querySelectorAll<HTMLInputElement>(`input[name="${ids.rating}"]`);
    radios[0]?.focus();
  };
  const items: ProblemItem[] = [
    ...(problems?.rating ? [{ key: 'rating', text: problems.rating, href: `#${ids.rating}`, onFollow: focusRating }] : []),
    ...(problems?.comment ? [{ key: 'comment', text: problems.comment, href: `#${ids.comment}`, onFollow: () => document.getElementById(ids.comment)?.focus() }] : []),
    ...(problems?.other ? [{ key: 'other', text: problems.other }] : []),
  ];
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={ids.heading}>
      <h4 id={ids.heading} className={styles.heading}>
        Tell us how it went
      </h4>
      {items.length > 0 ? <ProblemSummary headingId={`rate-problems-${request.id}`} detail="Your rating was not sent." items={items} focusKey={attempt} compact /> : null}
      <Field label={`How helpful was ${champion}?`} required validationMessage={problems?.rating}>
        <RadioGroup id={ids.rating} name={ids.rating} value={rating} onChange={(_, data) => setRating(data.value)}>
          {[1, 2, 3, 4, 5].map((value) => (
            <Radio key={value} value={String(value)} label={`${value} – ${RATING_WORDS[value]}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Anything you would like to add? (optional)" hint="Your champion sees what you write." validationMessage={problems?.comment}>
        <Textarea id={ids.comment} resize="vertical" value={comment} onChange={(_, data) => setComment(data.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? 'Sending…' : 'Send your rating'}
        </Button>
      </div>
    </form>
  );
}
