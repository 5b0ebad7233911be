import { Button, Card, SearchBox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PersonProfile } from '../../../../api/src/contracts/people';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { downloadPersonData, searchLeavers } from '../../api/privacy-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { PAGE_SIZE } from '../../api/use-paged-query';
import { ErrorState } from '../../components/ErrorState';
import { FilterField } from '../../components/Filters';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { StatusNotice } from '../../components/StatusNotice';
import { saveFile } from '../../components/save-file';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { EraseLeaverDialog } from './EraseLeaverDialog';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  facts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** HR answers requests about leavers' data: a download for a request made on paper, or erasure. */
export function LeaversDataPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const [erasing, setErasing] = useState<PersonProfile | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [erasedCount, setErasedCount] = useState(0);
  const q = useDebouncedValue(text, 300);
  const search = { q, limit: PAGE_SIZE, offset };
  const leavers = useApiQuery((signal) => searchLeavers(api, search, signal), `${JSON.stringify(search)}:${erasedCount}`);

  const download = async (person: PersonProfile) => {
    setDone(null);
    setError(null);
    try {
      const file = await downloadPersonData(api, person.id);
      saveFile(file.fileName, file.blob);
      setDone(`Downloaded ${file.fileName}: everything the hub holds about ${person.displayName}.`);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <>
      <PageHeading
        title="Leavers’ data"
        lead="Download what the hub holds about someone who has left, or erase it when they ask. Each download and erasure is written to the audit log."
      />
      <Card className={shared.card}>
        <section aria-labelledby="leavers-heading" className={shared.section}>
          <h2 id="leavers-heading" className={shared.sectionHeading}>
            Leavers
          </h2>
          <FilterField label="Search by name, e-mail address or job title">
            <SearchBox
              value={text}
              onChange={(_, data) => {
                setText(data.value);
                setOffset(0);
              }}
            />
          </FilterField>
          <StatusNotice message={done} />
          {error ? <ErrorState title="That did not work" error={error} /> : null}
          <PagedResults
            query={leavers}
            noun="leavers"
            empty="No leavers match. People the staff list marks as leavers appear here until their data is erased."
            pagerLabel="Leaver pages"
            offset={offset}
            limit={PAGE_SIZE}
            onOffsetChange={setOffset}
          >
            {(items) => (
              <ul className={styles.list} aria-label="Leavers">
                {items.map((person) => (
                  <li key={person.id} className={mergeClasses(shared.listEntry, styles.item)}>
                    <div>
                      <h3 className={shared.listEntryTitle}>{person.displayName}</h3>
                      <span className={styles.facts}>{[person.jobTitle, person.service?.name, person.email].filter(Boolean).join(' · ')}</span>
                    </div>
                    <div className={styles.actions}>
                      <Button icon={<ArrowDownloadRegular />} onClick={() => void download(person)} aria-label={`Download ${person.displayName}’s data`}>
                        Download their data
                      </Button>
                      <Button icon={<DeleteRegular />} onClick={() => setErasing(person)} aria-label={`Erase ${person.displayName}’s data`}>
                        Erase…
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </PagedResults>
        </section>
      </Card>
      {erasing ? (
        <EraseLeaverDialog
          person={erasing}
          onCancel={() => setErasing(null)}
          onErased={() => {
            setDone(`Erased ${erasing.displayName}’s data. Where they were counted, they now appear as “Erased person”.`);
            setErasing(null);
            setErasedCount((count) => count + 1);
          }}
        />
      ) : null}
    </>
  );
}
