import type { ApiClient } from '../api/api-client';
import { findProjects } from '../api/projects-api';
import { useApiQuery } from '../api/use-api-query';
import { useDebouncedValue } from './use-debounced-value';

/** Something found by name and chosen: a colleague, a project. */
export interface Choice {
  id: string;
  name: string;
  /** A job title and service, say, to tell two people of the same name apart. */
  detail?: string | undefined;
}

export type ChoiceSearch = (q: string, signal: AbortSignal) => Promise<Choice[]>;

/** Searching starts at two letters: one letter matches nearly everyone. */
export const MIN_SEARCH_LETTERS = 2;

/** Colleagues in the directory whose name or e-mail address matches, each with their job and service. */
export function searchPeople(api: ApiClient): ChoiceSearch {
  return async (q, signal) => {
    const page = await api.searchPeople({ q, limit: 8, offset: 0 }, signal);
    return page.items.map((person) => ({
      id: person.id,
      name: person.displayName,
      detail: [person.jobTitle, person.service?.name].filter(Boolean).join(', ') || undefined,
    }));
  };
}

/** Projects in the digital projects register whose name matches, each with its service. */
export function searchProjects(api: ApiClient): ChoiceSearch {
  return async (q, signal) => {
    const page = await findProjects(api, { q, limit: 8, offset: 0 }, signal);
    return page.items.map((project) => ({ id: project.id, name: project.name, detail: project.service?.name }));
  };
}

/**
 * What `search` finds for the text typed, once typing pauses: `results` is undefined until
 * there are enough letters to search with.
 */
export function useChoiceSearch(text: string, search: ChoiceSearch, key: string, enabled = true) {
  const q = useDebouncedValue(text.trim(), 300);
  const active = enabled && q.length >= MIN_SEARCH_LETTERS;
  const found = useApiQuery((signal) => (active ? search(q, signal) : Promise.resolve([])), `${key}:${active ? q : ''}`);
  return { q, found, results: active ? found.data : undefined };
}
