import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { PersonRef } from '../../../api/src/contracts/champions';
import { useApi } from '../api/api-context';
import { MIN_SEARCH_LETTERS, searchPeople, useChoiceSearch } from './search-choices';

/**
 * Finds a colleague in the directory as the person types, and lets them choose one from a
 * drop-down list: the compact form of `SearchPicker`, for short forms. Typing again after
 * choosing clears the choice, so what is shown is what is chosen.
 */
export function PersonCombobox({
  id,
  label,
  hint,
  required = false,
  validationMessage,
  chosen,
  onChoose,
}: {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  validationMessage?: string | undefined;
  chosen: PersonRef | null;
  onChoose: (person: PersonRef | null) => void;
}) {
  const api = useApi();
  const search = useMemo(() => searchPeople(api), [api]);
  const [text, setText] = useState(chosen?.displayName ?? '');
  // Opened by any change of the text, pasted as well as typed, so the matches always show.
  const [open, setOpen] = useState(false);
  const { found, results } = useChoiceSearch(text, search, `people-${id}`, chosen === null);
  const matches = results ?? [];

  return (
    <Field label={label} hint={hint ?? `Type at least ${MIN_SEARCH_LETTERS} letters of their name, then choose them from the list`} required={required} validationMessage={validationMessage}>
      <Combobox
        id={id}
        freeform
        value={text}
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        selectedOptions={chosen ? [chosen.id] : []}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (chosen) onChoose(null);
        }}
        onOptionSelect={(_, data) => {
          const person = matches.find((candidate) => candidate.id === data.optionValue);
          if (!person) return;
          setText(person.name);
          onChoose({ id: person.id, displayName: person.name });
        }}
      >
        {matches.map((person) => (
          <Option key={person.id} value={person.id} text={person.name}>
            {[person.name, person.detail].filter(Boolean).join(' · ')}
          </Option>
        ))}
        {results && found.status === 'success' && matches.length === 0 ? (
          <Option key="nobody" value="" text="" disabled>
            Nobody found
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
