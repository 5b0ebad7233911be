import type { CategorySuggestion } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { suggestCategoryKey } from './category-words.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { currentCategories } from './help-request-common.js';

/**
 * The category someone's words point to, with every category to choose from: the bot and
 * the tab propose it and the person confirms or changes it. Anyone signed in may ask.
 */
export async function suggestCategory(deps: HelpRequestDeps, _actor: Actor, text: string): Promise<CategorySuggestion> {
  const categories = await currentCategories(deps);
  return {
    suggested: suggestCategoryKey(text, categories),
    categories: categories.map(({ key, title }) => ({ key, title })),
  };
}
