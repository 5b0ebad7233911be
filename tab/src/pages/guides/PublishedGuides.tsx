import { Card, SearchBox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import { searchGuides } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';
import { FilterField, FilterGrid, FilterSelect } from '../../components/Filters';
import { PagedResults } from '../../components/PagedResults';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { RouterLink } from '../../router/RouterLink';
import { formatDay, helpsWith } from './guide-format';
import { guideViewPath } from './guide-paths';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: { gap: tokens.spacingVerticalXS },
  facts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Published guides, found by words and by category, a page at a time. */
export function PublishedGuides({ categories, skillNames }: { categories: FrameworkCategory[]; skillNames: ReadonlyMap<string, string> }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const [categoryKey, setCategoryKey] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDebouncedValue(text, 300);
  const search = { q, categoryKey: categoryKey || undefined, limit: PAGE_SIZE, offset };
  const guides = useApiQuery((signal) => searchGuides(api, search, signal), JSON.stringify(search));

  return (
    <>
      <Card className={shared.card}>
        <section aria-labelledby="find-guide-heading" className={shared.section}>
          <h2 id="find-guide-heading" className={shared.sectionHeading}>
            Find a guide
          </h2>
          <FilterGrid columns={2}>
            <FilterField label="Search">
              <SearchBox value={text} onChange={(_, data) => { setText(data.value); setOffset(0); }} />
            </FilterField>
            <FilterSelect
              label="Skill area"
              anyLabel="Any skill area"
              value={categoryKey}
              options={categories.map((category) => ({ value: category.key, label: category.title }))}
              onChange={(value) => { setCategoryKey(value); setOffset(0); }}
            />
          </FilterGrid>
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="guides-heading" className={shared.section}>
          <h2 id="guides-heading" className={shared.sectionHeading}>
            Guides
          </h2>
          <PagedResults
            query={guides}
            noun="guides"
            empty="No guides match. Try other words or another skill area."
            pagerLabel="Guide pages"
            offset={offset}
            limit={PAGE_SIZE}
            onOffsetChange={setOffset}
          >
            {(items) => (
              <ul className={styles.list} aria-label="Published guides">
                {items.map((guide) => (
                  <li key={guide.id} className={mergeClasses(shared.listEntry, styles.item)}>
                    <h3 className={shared.listEntryTitle}>
                      <RouterLink href={guideViewPath(guide.id)}>{guide.title}</RouterLink>
                    </h3>
                    {guide.summary ? <p className={shared.paragraph}>{guide.summary}</p> : null}
                    <span className={styles.facts}>
                      {[helpsWith(guide, skillNames) && `Helps with: ${helpsWith(guide, skillNames)}`, guide.author && `By ${guide.author.displayName}`, guide.publishedAt && formatDay(guide.publishedAt)]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </PagedResults>
        </section>
      </Card>
    </>
  );
}
