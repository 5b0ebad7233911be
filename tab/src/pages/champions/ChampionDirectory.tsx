import { Card, Field, Input, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChampionListItem } from '../../../../api/src/contracts/champions';
import { useApi } from '../../api/api-context';
import { listChampions } from '../../api/champions-api';
import { useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { ChatLink } from '../help-requests/ChatLink';

const useStyles = makeStyles({
  table: { minWidth: '760px' },
  name: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalL },
  search: { maxWidth: '28rem' },
});

function Listed({ items, empty }: { items: readonly string[]; empty: string }) {
  const styles = useStyles();
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The active champions, so anyone can find one near them or who knows their systems. */
export function ChampionDirectory({ version }: { version: number }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 400);
  const list = useApiQuery((signal) => listChampions(api, { status: 'active', q, limit: 200 }, signal), `directory:${q}:${version}`);

  return (
    <Card className={shared.card}>
      <section aria-labelledby="find-a-champion" className={shared.section}>
        <h2 id="find-a-champion" className={shared.sectionHeading}>
          Find a champion
        </h2>
        <p className={shared.paragraph}>Look for someone at your site, in your service, or who knows the system you use. Then open a chat with them in Teams.</p>
        <Field label="Search champions" hint="A name, a specialism, a service or a site" className={styles.search}>
          <Input contentBefore={<SearchRegular aria-hidden="true" />} value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
        {list.status === 'error' ? <ErrorState title="We could not load the champions" error={list.error} onRetry={list.reload} /> : null}
        {list.status === 'loading' && !list.data ? <LoadingState label="Loading the champions…" /> : null}
        {list.data ? <DirectoryTable items={list.data.items} total={list.data.total} searched={q !== ''} /> : null}
      </section>
    </Card>
  );
}

function DirectoryTable({ items, total, searched }: { items: ChampionListItem[]; total: number; searched: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (items.length === 0) {
    return <p className={shared.paragraph}>{searched ? 'No active champion matches your search.' : 'There are no active champions yet.'}</p>;
  }
  return (
    <>
      <p className={shared.paragraph} role="status">
        {plural(total, 'active champion')}
        {searched ? ' match your search' : ''}
      </p>
      <DataTable
        label="Active Digital Champions"
        className={styles.table}
        head={
          <>
            <HeadCell>Name</HeadCell>
            <HeadCell>Service</HeadCell>
            <HeadCell>Site</HeadCell>
            <HeadCell>Specialisms</HeadCell>
            <HeadCell>Strong in</HeadCell>
          </>
        }
      >
        {items.map((champion) => (
          <TableRow key={champion.person.id}>
            <Cell>
              <span className={styles.name}>{champion.person.displayName}</span>
              <ChatLink url={champion.chatUrl} name={champion.person.displayName} />
            </Cell>
            <Cell>{champion.service?.name ?? 'Not recorded'}</Cell>
            <Cell>{champion.site?.name ?? 'Not recorded'}</Cell>
            <Cell>
              <Listed items={champion.specialisms} empty="None given" />
            </Cell>
            <Cell>
              <Listed items={champion.strengths.map((strength) => strength.title)} empty="No audit yet" />
            </Cell>
          </TableRow>
        ))}
      </DataTable>
    </>
  );
}
