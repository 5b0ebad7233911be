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

export interface PickedChoice {
  id: string;
  name: string;
  /** A job title and service, to tell two people of the same name apart. */
  detail?: string | undefined;
}

/**
 * Finds one colleague or project by name and holds the choice. The search box, or once a
 * choice is made its Change button, carries `id`, so a problem summary can send focus to it;
 * after choosing or changing, focus moves to whichever took the other's place.
 */
export function ChoicePicker({
  id,
  label,
  hint,
  noun,
  chosen,
  optional,
  error,
  search,
  onChoose,
}: {
  id: string;
  label: string;
  hint: string;
  /** What is being chosen: "owner", "project". */
  noun: string;
  chosen: PickedChoice | null;
  /** Offers "Remove" beside a choice, for a choice that may be left empty. */
  optional?: boolean;
  error?: string | undefined;
  search: (q: string, signal: AbortSignal) => Promise<PickedChoice[]>;
  onChoose: (choice: PickedChoice | null) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [text, setText] = useState('');
  const [searching, setSearching] = useState(chosen === null);
  const q = useDebouncedValue(text.trim(), 300);
  const found = useApiQuery((signal) => (q.length < 2 ? Promise.resolve([]) : search(q, signal)), `${id}:${q}`);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) document.getElementById(id)?.focus();
    moved.current = false;
  }, [searching, chosen, id]);

  const showSearch = (on: boolean) => {
    moved.current = true;
    setSearching(on);
  };

  const choose = (choice: PickedChoice | null) => {
    moved.current = true;
    setText('');
    setSearching(choice === null && !optional);
    onChoose(choice);
  };

  if (chosen && !searching) {
    return (
      <Field label={label} hint={hint} validationMessage={error}>
        <div className={styles.chosen}>
          <span className={styles.name}>
            {chosen.name}
            {chosen.detail ? <span className={styles.muted}> · {chosen.detail}</span> : null}
          </span>
          <Button id={id} size="small" onClick={() => showSearch(true)}>
            Change<span className={shared.visuallyHidden}> the {noun}</span>
          </Button>
          {optional ? (
            <Button size="small" onClick={() => choose(null)}>
              Remove<span className={shared.visuallyHidden}> the {noun}</span>
            </Button>
          ) : null}
        </div>
      </Field>
    );
  }

  const results = q.length >= 2 ? found.data : undefined;
  return (
    <div className={styles.root}>
      <Field label={label} hint={`${hint} Type at least two letters.`} validationMessage={error}>
        <Input id={id} type="search" contentBefore={<SearchRegular aria-hidden="true" />} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      {found.status === 'error' ? <ErrorState title={`We could not search for the ${noun}`} error={found.error} onRetry={found.reload} /> : null}
      <div role="status" aria-live="polite" className={styles.muted}>
        {results ? (results.length === 0 ? `Nothing found for “${q}”.` : `${results.length} found for “${q}”.`) : ''}
      </div>
      {results && results.length > 0 ? (
        <ul className={styles.results} aria-label={`Choices for the ${noun}`}>
          {results.map((choice) => (
            <li key={choice.id} className={styles.result}>
              <span>
                {choice.name}
                {choice.detail ? <span className={styles.muted}> · {choice.detail}</span> : null}
              </span>
              <Button size="small" onClick={() => choose(choice)}>
                Choose<span className={shared.visuallyHidden}> {choice.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <Button appearance="subtle" size="small" onClick={() => showSearch(false)}>
          Keep {chosen.name}
        </Button>
      ) : null}
    </div>
  );
}
