import { Button, Card, Field, Select, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CHAMPION_STATUSES, ChampionStatus, type ChampionList, type ChampionListItem } from '../../../../api/src/contracts/champions';
import { useApi } from '../../api/api-context';
import { changeChampionStatus, listChampions, type ChampionAction } from '../../api/champions-api';
import { useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { useSharedStyles } from '../../components/shared-styles';
import { StatusNotice } from '../../components/StatusNotice';
import { Cell, HeadCell } from '../../components/table-cells';
import { ACTION_WORDS, actionsFor, statusLabel, toldSentence } from './champion-format';
import { ChampionActionDialog } from './ChampionActionDialog';
import { useChampionChange } from './use-champion-change';
import { InviteColleague } from './InviteColleague';

const useStyles = makeStyles({
  table: { minWidth: '860px' },
  name: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  muted: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filter: { maxWidth: '24rem' },
});

type Pending = { action: ChampionAction; champion: ChampionListItem };

/**
 * The digital team's view of every champion record by status: approve or decline
 * volunteers, pause, resume or step champions down, and invite colleagues. HR sees the
 * same records without the buttons.
 */
export function ManageChampions({ version, onChanged }: { version: number; onChanged: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [status, setStatus] = useState<ChampionStatus | undefined>(undefined);
  const [pending, setPending] = useState<Pending | null>(null);
  const { busy, error, notice, setNotice, run } = useChampionChange(onChanged);
  const list = useApiQuery((signal) => listChampions(api, { status, limit: 200 }, signal), `manage:${status ?? 'all'}:${version}`);

  const confirm = async (note: string) => {
    if (!pending) return;
    await run(async () => {
      const change = await changeChampionStatus(api, pending.champion.person.id, pending.action, note || undefined);
      return `${ACTION_WORDS[pending.action].done(change.person.displayName)}${toldSentence(change)}`;
    }, () => setPending(null));
  };

  const canManage = list.data?.canManage ?? false;
  return (
    <Card className={shared.card}>
      <section aria-labelledby="manage-champions" className={shared.section}>
        <h2 id="manage-champions" className={shared.sectionHeading}>
          Manage champions
        </h2>
        <StatusNotice message={notice} />
        {error ? <ErrorState title="That did not work" error={error} /> : null}
        {canManage ? (
          <InviteColleague
            onInvited={(message) => {
              setNotice(message);
              onChanged();
            }}
          />
        ) : null}
        <Field label="Show" className={styles.filter}>
          <Select
            value={status ?? ''}
            onChange={(_, data) => {
              const chosen = ChampionStatus.safeParse(data.value);
              setStatus(chosen.success ? chosen.data : undefined);
            }}
          >
            <option value="">Every status{list.data?.counts ? ` (${Object.values(list.data.counts).reduce((a, b) => a + b, 0)})` : ''}</option>
            {CHAMPION_STATUSES.map((option) => (
              <option key={option} value={option}>
                {statusLabel(option)}
                {list.data?.counts ? ` (${list.data.counts[option]})` : ''}
              </option>
            ))}
          </Select>
        </Field>
        {list.status === 'error' ? <ErrorState title="We could not load the champions" error={list.error} onRetry={list.reload} /> : null}
        {list.status === 'loading' && !list.data ? <LoadingState label="Loading the champions…" /> : null}
        {list.data ? <ManageTable list={list.data} onAction={(action, champion) => setPending({ action, champion })} /> : null}
      </section>
      <ChampionActionDialog
        open={pending !== null}
        title={pending ? ACTION_WORDS[pending.action].question(pending.champion.person.displayName) : ''}
        confirmLabel={pending ? ACTION_WORDS[pending.action].button : ''}
        busy={busy}
        onConfirm={(note) => void confirm(note)}
        onCancel={() => setPending(null)}
      >
        The change is recorded in their champion history with your name, and the bot tells them.
      </ChampionActionDialog>
    </Card>
  );
}

function ManageTable({ list, onAction }: { list: ChampionList; onAction: (action: ChampionAction, champion: ChampionListItem) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (list.items.length === 0) return <p className={shared.paragraph}>Nobody has this status.</p>;
  return (
    <>
      <p className={shared.paragraph} role="status">
        {plural(list.total, 'person', 'people')}
      </p>
      <DataTable
        label="Champion records"
        className={styles.table}
        head={
          <>
            <HeadCell>Name</HeadCell>
            <HeadCell>Status</HeadCell>
            <HeadCell>Service and site</HeadCell>
            <HeadCell>Supporting</HeadCell>
            <HeadCell>Strong in</HeadCell>
            {list.canManage ? <HeadCell>Actions</HeadCell> : null}
          </>
        }
      >
        {list.items.map((champion) => (
          <TableRow key={champion.person.id}>
            <Cell>
              <span className={styles.name}>{champion.person.displayName}</span>
              {champion.details?.jobTitle ? <span className={styles.muted}>{champion.details.jobTitle}</span> : null}
            </Cell>
            <Cell>
              {statusLabel(champion.status)}
              {champion.details ? <span className={styles.muted}>since {formatDateTime(champion.details.statusSince)}</span> : null}
            </Cell>
            <Cell>
              {champion.service?.name ?? 'No service'}
              <span className={styles.muted}>{champion.site?.name ?? 'No site'}</span>
            </Cell>
            <Cell>{champion.details ? `${champion.details.load} of ${champion.details.capacity}` : '–'}</Cell>
            <Cell>{champion.strengths.length > 0 ? champion.strengths.map((strength) => strength.title).join(', ') : 'No audit yet'}</Cell>
            {list.canManage ? (
              <Cell>
                <div className={styles.actions}>
                  {actionsFor(champion.status).map((action) => (
                    <Button
                      key={action}
                      size="small"
                      appearance={action === 'approve' || action === 'resume' ? 'primary' : 'secondary'}
                      aria-label={`${ACTION_WORDS[action].button} ${champion.person.displayName}`}
                      onClick={() => onAction(action, champion)}
                    >
                      {ACTION_WORDS[action].button}
                    </Button>
                  ))}
                  {champion.status === 'invited' ? <span className={styles.muted}>Waiting for their answer</span> : null}
                </div>
              </Cell>
            ) : null}
          </TableRow>
        ))}
      </DataTable>
    </>
  );
}
