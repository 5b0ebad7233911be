import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
  chosen: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  results: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  result: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface Choice {
  id: string;
  name: string;
  /** A job title and service, say, to tell two people of the same name apart. */
  detail?: string | undefined;
}

/**
 * Finds one thing by name (a colleague, a project) and holds the choice. The search box, or
 * once something is chosen the Change button, carries `id` so a problem summary can send
 * focus here; focus moves to whichever replaces the other.
 */
export function SearchPicker({
  id,
  label,
  hint,
  noun,
  chosen,
  error,
  search,
  onChoose,
}: {
  id: string;
  label: string;
  hint: string;
  /** What is being chosen, in words: "colleague", "project". */
  noun: string;
  chosen: Choice | null;
  error?: string | undefined;
  search: (q: string, signal: AbortSignal) => Promise<Choice[]>;
  onChoose: (choice: Choice | null) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 400);
  const found = useApiQuery((signal) => (q.length < 2 ? Promise.resolve([]) : search(q, signal)), `${noun}:${q}`);
  const moved = useRef(false);

  useEffect(() => {
    // After a choice or a change of mind, focus goes to what took the place of the control that was used.
    if (moved.current) document.getElementById(id)?.focus();
    moved.current = false;
  }, [chosen, id]);

  const choose = (choice: Choice | null) => {
    moved.current = true;
    if (choice) setText('');
    onChoose(choice);
  };

  if (chosen) {
    return (
      <Field label={label} validationMessage={error}>
        <div className={styles.chosen}>
          <span className={styles.name}>
            {chosen.name}
            {chosen.detail ? <span className={styles.muted}> · {chosen.detail}</span> : null}
          </span>
          <Button id={id} size="small" onClick={() => choose(null)}>
            Change<span className={shared.visuallyHidden}> the {noun}</span>
          </Button>
        </div>
      </Field>
    );
  }
  const results = q.length >= 2 ? found.data : undefined;
  return (
    <div className={styles.root}>
      <Field label={label} hint={hint} validationMessage={error}>
        <Input id={id} type="search" contentBefore={<SearchRegular aria-hidden="true" />} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      {found.status === 'error' ? <ErrorState title={`We could not search for a ${noun}`} error={found.error} onRetry={found.reload} /> : null}
      <div role="status" aria-live="polite" className={shared.visuallyHidden}>
        {results ? `${results.length === 0 ? 'Nothing' : results.length} found for “${q}”` : ''}
      </div>
      {results ? (
        <ul className={styles.results} aria-label={`Matching ${noun}s`}>
          {results.length === 0 ? <li className={styles.muted}>Nothing found. Check the spelling, or try fewer letters.</li> : null}
          {results.map((result) => (
            <li key={result.id} className={styles.result}>
              <span>
                {result.name}
                {result.detail ? <span className={styles.muted}> · {result.detail}</span> : null}
              </span>
              <Button size="small" onClick={() => choose(result)}>
                Choose<span className={shared.visuallyHidden}> {result.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
