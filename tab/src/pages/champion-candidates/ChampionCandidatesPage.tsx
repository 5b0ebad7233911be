import { Button, Card, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { z } from 'zod';
import type { ChampionCandidateList } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import { getChampionCandidates } from '../../api/skills-audit-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { formatDay } from '../../components/report/report-format';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { InviteDialog, type Invitee } from '../champions/InviteDialog';
import { Notice } from '../../components/Notice';

type Candidates = z.infer<typeof ChampionCandidateList>;

const useStyles = makeStyles({
  table: { minWidth: '720px', tableLayout: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold },
  jobTitle: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  areas: { margin: '0', paddingInlineStart: tokens.spacingHorizontalL },
});

/** Staff whose audit shows strong, current skills: people the digital team may invite to be Digital Champions. */
export function ChampionCandidatesPage() {
  const api = useApi();
  const query = useApiQuery((signal) => getChampionCandidates(api, signal), 'champion-candidates');
  return (
    <>
      <PageHeading
        title="Digital Champion candidates"
        lead="Staff whose skills audit shows strong, up-to-date skills in most areas. They do not know they are on this list: invite them, do not assume."
      />
      {query.status === 'error' ? <ErrorState title="We could not load the candidates" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading the candidates…" /> : null}
      {query.status === 'success' ? <CandidateList candidates={query.data} /> : null}
    </>
  );
}

function CandidateList({ candidates }: { candidates: Candidates }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [invitee, setInvitee] = useState<Invitee | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (candidates.items.length === 0) {
    return (
      <Card className={shared.card}>
        <p className={shared.paragraph}>Nobody has been flagged yet. People appear here when they finish an audit with strong, current skills.</p>
      </Card>
    );
  }
  return (
    <Card className={shared.card}>
      <section aria-labelledby="candidates-heading" className={shared.section}>
        <h2 id="candidates-heading" className={shared.sectionHeading}>
          {plural(candidates.total, 'candidate')}
        </h2>
        {notice ? (
          <Notice intent="success" role="status">{notice}</Notice>
        ) : null}
        <DataTable
          label="Digital Champion candidates"
          className={styles.table}
          head={
            <>
              <HeadCell>Name</HeadCell>
              <HeadCell>Service</HeadCell>
              <HeadCell>Confident in</HeadCell>
              <HeadCell>Audit</HeadCell>
              <HeadCell>Finished on</HeadCell>
              <HeadCell>Invite</HeadCell>
            </>
          }
        >
          {candidates.items.map((candidate) => (
            <TableRow key={`${candidate.person.id}-${candidate.campaign.id}`}>
              <Cell>
                <span className={styles.name}>{candidate.person.displayName}</span>
                {candidate.person.jobTitle ? <span className={styles.jobTitle}>{candidate.person.jobTitle}</span> : null}
              </Cell>
              <Cell>{candidate.person.service ?? 'Not recorded'}</Cell>
              <Cell>
                <ul className={styles.areas}>
                  {candidate.confidentCategories.map((area) => (
                    <li key={area}>{area}</li>
                  ))}
                </ul>
              </Cell>
              <Cell>{candidate.campaign.name}</Cell>
              <Cell>
                <time dateTime={candidate.submittedAt}>{formatDay(candidate.submittedAt)}</time>
              </Cell>
              <Cell>
                <Button size="small" onClick={() => setInvitee({ id: candidate.person.id, displayName: candidate.person.displayName })}>
                  Invite to be a champion<span className={shared.visuallyHidden}>: {candidate.person.displayName}</span>
                </Button>
              </Cell>
            </TableRow>
          ))}
        </DataTable>
      </section>
      <InviteDialog
        invitee={invitee}
        onDone={(message) => {
          setInvitee(null);
          if (message) setNotice(message);
        }}
      />
    </Card>
  );
}
