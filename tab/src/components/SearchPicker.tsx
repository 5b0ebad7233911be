import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { ErrorState } from './ErrorState';
import { useChoiceSearch, type Choice, type ChoiceSearch } from './search-choices';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
  chosen: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  results: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  result: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function ChoiceText({ choice, mutedClass }: { choice: Choice; mutedClass: string }) {
  return (
    <>
      {choice.name}
      {choice.detail ? <span className={mutedClass}> · {choice.detail}</span> : null}
    </>
  );
}

/**
 * Finds one thing by name (a colleague, a project) and holds the choice: a search box with a
 * Choose button for each match. The search box, or once something is chosen its Change
 * button, carries `id`, so a problem summary can send focus to it; after choosing or
 * changing, focus moves to whichever took the other's place.
 */
export function SearchPicker({
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
  /** What is being chosen, in words: "colleague", "owner", "project". */
  noun: string;
  chosen: Choice | null;
  /** Offers "Remove" beside a choice, for a choice that may be left empty. */
  optional?: boolean;
  error?: string | undefined;
  search: ChoiceSearch;
  onChoose: (choice: Choice | null) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [text, setText] = useState('');
  const [searching, setSearching] = useState(chosen === null);
  const { q, found, results } = useChoiceSearch(text, search, id);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) document.getElementById(id)?.focus();
    moved.current = false;
  }, [searching, chosen, id]);

  const showSearch = (on: boolean) => {
    moved.current = true;
    setSearching(on);
  };

  const choose = (choice: Choice | null) => {
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
            <ChoiceText choice={chosen} mutedClass={styles.muted} />
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

  return (
    <div className={styles.root}>
      <Field label={label} hint={hint} validationMessage={error}>
        <Input id={id} type="search" contentBefore={<SearchRegular aria-hidden="true" />} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      {found.status === 'error' ? <ErrorState title={`We could not search for the ${noun}`} error={found.error} onRetry={found.reload} /> : null}
      <div role="status" aria-live="polite" className={styles.muted}>
        {results ? (results.length === 0 ? `Nothing found for “${q}”. Check the spelling, or try fewer letters.` : `${results.length} found for “${q}”.`) : ''}
      </div>
      {results && results.length > 0 ? (
        <ul className={styles.results} aria-label={`Choices for the ${noun}`}>
          {results.map((choice) => (
            <li key={choice.id} className={styles.result}>
              <span>
                <ChoiceText choice={choice} mutedClass={styles.muted} />
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
