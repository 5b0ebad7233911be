import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { useDebouncedValue } from '../../components/use-debounced-value';

export interface ChosenPerson {
  id: string;
  displayName: string;
}

const MIN_LETTERS = 2;

/**
 * Finds a colleague in the directory as the person types, and lets them choose one from
 * the list. Typing again after choosing clears the choice, so what is shown is what is chosen.
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
  chosen: ChosenPerson | null;
  onChoose: (person: ChosenPerson | null) => void;
}) {
  const api = useApi();
  const [text, setText] = useState(chosen?.displayName ?? '');
  // Opened by any change of the text, pasted as well as typed, so the matches always show.
  const [open, setOpen] = useState(false);
  const q = useDebouncedValue(text.trim(), 300);
  const searching = chosen === null && q.length >= MIN_LETTERS;
  const people = useApiQuery(
    (signal) => (searching ? api.searchPeople({ q, limit: 8, offset: 0 }, signal) : Promise.resolve({ items: [], total: 0 })),
    `people:${searching ? q : ''}`,
  );
  const found = people.data?.items ?? [];

  return (
    <Field label={label} hint={hint ?? `Type at least ${MIN_LETTERS} letters of their name, then choose them from the list`} required={required} validationMessage={validationMessage}>
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
          const person = found.find((candidate) => candidate.id === data.optionValue);
          if (!person) return;
          setText(person.displayName);
          onChoose({ id: person.id, displayName: person.displayName });
        }}
      >
        {found.map((person) => (
          <Option key={person.id} value={person.id} text={person.displayName}>
            {[person.displayName, person.jobTitle, person.service?.name].filter(Boolean).join(' · ')}
          </Option>
        ))}
        {searching && people.status === 'success' && found.length === 0 ? (
          <Option key="nobody" value="" text="" disabled>
            Nobody found
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
