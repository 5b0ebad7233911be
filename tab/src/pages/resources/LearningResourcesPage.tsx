import {
  Button,
  Card,
  Checkbox,
  SearchBox,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useRef, useState } from 'react';
import type { LearningResource } from '../../../../api/src/contracts/learning-resources';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import { getCurrentFramework } from '../../api/framework-api';
import { searchLearningResources, setLearningResourceArchived } from '../../api/learning-resources-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import type { ApiError } from '../../api/api-error';
import { ErrorState } from '../../components/ErrorState';
import { FilterField, FilterGrid, FilterSelect } from '../../components/Filters';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useSession } from '../../session/session-context';
import { ResourceForm } from './ResourceForm';
import { ResourceList } from './ResourceList';
import { StatusNotice } from '../../components/StatusNotice';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; resource: LearningResource };

function useCanEdit(): boolean {
  const { state } = useSession();
  if (state.status !== 'signed-in') return false;
  return state.me.roles.some((badge) => badge.role === 'digital' || badge.role === 'hr');
}

function skillNamesOf(categories: FrameworkCategory[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const category of categories) {
    names.set(category.key, `${category.title} (whole category)`);
    for (const statement of category.statements) names.set(statement.key, statement.text);
  }
  return names;
}

/** The library learning plans draw on: anyone can browse it; the digital team and HR keep it. */
export function LearningResourcesPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const canEdit = useCanEdit();
  const [text, setText] = useState('');
  const [categoryKey, setCategoryKey] = useState('');
  const [statementKey, setStatementKey] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [notice, setNotice] = useState('');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const q = useDebouncedValue(text, 300);

  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const categories = useMemo(() => framework.data?.categories ?? [], [framework.data]);
  const skillNames = useMemo(() => skillNamesOf(categories), [categories]);
  const search = { q, categoryKey: categoryKey || undefined, statementKey: statementKey || undefined, includeArchived, limit: PAGE_SIZE, offset };
  const resources = useApiQuery((signal) => searchLearningResources(api, search, signal), JSON.stringify(search));

  const filter = (change: () => void) => {
    change();
    setOffset(0);
  };

  const closeForm = (message: string) => {
    setEditing({ kind: 'closed' });
    setNotice(message);
    resources.reload();
    // The form is gone: put focus somewhere that still exists.
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const archive = async (resource: LearningResource, archived: boolean) => {
    setBusyId(resource.id);
    setActionError(null);
    try {
      await setLearningResourceArchived(api, resource.id, archived);
      setNotice(archived ? `Archived “${resource.title}”. People no longer see it.` : `Restored “${resource.title}”.`);
      resources.reload();
    } catch (caught) {
      setActionError(asApiError(caught));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <PageHeading
        title="Learning resources"
        lead="Guides, courses, videos and drop-in sessions. Learning plans suggest them to people for each skill they have a gap in."
      />

      {canEdit ? (
        <div className={styles.toolbar}>
          <Button ref={addButton} appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ kind: 'new' })}>
            Add a resource
          </Button>
        </div>
      ) : null}

      <StatusNotice message={notice} />
      {actionError ? <ErrorState title="We could not change the resource" error={actionError} /> : null}

      {editing.kind !== 'closed' ? (
        <ResourceForm
          key={editing.kind === 'edit' ? editing.resource.id : 'new'}
          resource={editing.kind === 'edit' ? editing.resource : null}
          categories={categories}
          onSaved={(saved) => closeForm(editing.kind === 'edit' ? `Saved changes to “${saved.title}”.` : `Added “${saved.title}”.`)}
          onCancel={() => closeForm('')}
        />
      ) : null}

      <Card className={shared.card}>
        <section aria-labelledby="find-heading" className={shared.section}>
          <h2 id="find-heading" className={shared.sectionHeading}>
            Find a resource
          </h2>
          <FilterGrid columns={3}>
            <FilterField label="Search">
              <SearchBox value={text} onChange={(_, data) => filter(() => setText(data.value))} />
            </FilterField>
            <FilterSelect
              label="Category"
              anyLabel="Any category"
              value={categoryKey}
              options={categories.map((category) => ({ value: category.key, label: category.title }))}
              onChange={(value) => filter(() => setCategoryKey(value))}
            />
            <FilterSelect label="Skill" anyLabel="Any skill" value={statementKey} onChange={(value) => filter(() => setStatementKey(value))}>
              {categories.map((category) => (
                <optgroup key={category.key} label={category.title}>
                  {category.statements.map((statement) => (
                    <option key={statement.key} value={statement.key}>
                      {statement.text}
                    </option>
                  ))}
                </optgroup>
              ))}
            </FilterSelect>
          </FilterGrid>
          {canEdit ? (
            <Checkbox
              label="Show archived resources"
              checked={includeArchived}
              onChange={(_, data) => filter(() => setIncludeArchived(data.checked === true))}
            />
          ) : null}
        </section>
      </Card>

      <Card className={shared.card}>
        <section aria-labelledby="results-heading" className={styles.list}>
          <h2 id="results-heading" className={shared.sectionHeading}>
            Resources
          </h2>
          <PagedResults
            query={resources}
            noun="resources"
            empty="No resources match. Try other words or filters."
            pagerLabel="Resource pages"
            offset={offset}
            limit={PAGE_SIZE}
            onOffsetChange={setOffset}
          >
            {(items) => (
              <ResourceList
                items={items}
                skillNames={skillNames}
                canEdit={canEdit}
                busyId={busyId}
                onEdit={(resource) => setEditing({ kind: 'edit', resource })}
                onArchive={(resource, archived) => void archive(resource, archived)}
              />
            )}
          </PagedResults>
        </section>
      </Card>
    </>
  );
}
