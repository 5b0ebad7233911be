import { Card, Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import { searchGuides } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Pager } from '../../components/Pager';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { RouterLink } from '../../router/RouterLink';
import { formatDay, helpsWith } from './guide-format';
import { guideViewPath } from './guide-paths';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: '1fr',
    '@media (min-width: 720px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', alignItems: 'end' },
  },
  filter: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: '0', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
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
          <div className={styles.filters}>
            <Field label="Search" className={styles.filter}>
              <SearchBox value={text} onChange={(_, data) => { setText(data.value); setOffset(0); }} />
            </Field>
            <Field label="Skill area" className={styles.filter}>
              <Select className={styles.select} select={{ className: styles.select }} value={categoryKey} onChange={(_, data) => { setCategoryKey(data.value); setOffset(0); }}>
                <option value="">Any skill area</option>
                {categories.map((category) => (
                  <option key={category.key} value={category.key}>
                    {category.title}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="guides-heading" className={shared.section}>
          <h2 id="guides-heading" className={shared.sectionHeading}>
            Guides
          </h2>
          {guides.status === 'error' ? <ErrorState title="We could not load the guides" error={guides.error} onRetry={guides.reload} /> : null}
          {guides.data === undefined && guides.status === 'loading' ? <LoadingState label="Loading the guides…" /> : null}
          {guides.data && guides.data.total === 0 ? <p className={shared.paragraph}>No guides match. Try other words or another skill area.</p> : null}
          {guides.data && guides.data.total > 0 ? (
            <>
              <ul className={styles.list} aria-label="Published guides">
                {guides.data.items.map((guide) => (
                  <li key={guide.id} className={styles.item}>
                    <h3 className={styles.title}>
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
              <Pager
                label="Guide pages"
                offset={offset}
                limit={PAGE_SIZE}
                shown={guides.data.items.length}
                total={guides.data.total}
                busy={guides.status === 'loading'}
                onChange={setOffset}
              />
            </>
          ) : null}
        </section>
      </Card>
    </>
  );
}
