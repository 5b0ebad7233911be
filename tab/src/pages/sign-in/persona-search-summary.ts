import type { PersonaDirectory } from '../../../../api/src/contracts/dev-sign-in';
import { plural } from '../../components/format';

/** What the live region says after each search, so screen-reader users hear the outcome. */
export function personaSearchSummary(directory: PersonaDirectory, query: string): string {
  const inGroups = directory.groups.reduce((sum, group) => sum + group.people.length, 0);
  const q = query.trim();
  if (directory.suggested.length === 0 && inGroups === 0) {
    return q ? `No one matches “${q}”. Check the spelling, or try part of a first name or surname.` : 'No demo people were found.';
  }
  const found = [
    directory.suggested.length ? plural(directory.suggested.length, 'suggested person', 'suggested people') : null,
    inGroups ? `${plural(inGroups, 'person', 'people')} in ${plural(directory.groups.length, 'role')}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  return q ? `Found ${found} matching “${q}”.` : `Showing ${found}.`;
}
