import {
  Button,
  Card,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Campaign, CampaignList } from '../../../../api/src/contracts/audit-campaigns';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { closeCampaign, getPopulationOptions, launchCampaign, listCampaigns } from '../../api/campaigns-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { StatusNotice } from '../../components/StatusNotice';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { formatDates, statusLabel } from './campaign-format';
import { CampaignForm } from './CampaignForm';
import { progressPath } from './campaign-paths';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { minWidth: '760px' },
  name: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Pending = { kind: 'launch' | 'close'; campaign: Campaign };

/** What just happened, and for a launch, where to follow it. */
type Notice = { message: string; progressOf?: Campaign };

/** HR's list of skills audit campaigns: create one, launch it, close it early, follow its messages. */
export function CampaignsPage() {
  const styles = useStyles();
  const api = useApi();
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const campaigns = useApiQuery((signal) => listCampaigns(api, signal), 'campaigns');
  const options = useApiQuery((signal) => getPopulationOptions(api, signal), 'population-options');

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    setActionError(null);
    try {
      // The page stays put: the dialog closes properly before anyone moves on to the progress page.
      if (pending.kind === 'launch') {
        const launched = await launchCampaign(api, pending.campaign.id);
        setNotice({ message: `${launched.name} is launched. The bot is inviting ${plural(launched.members, 'person', 'people')}.`, progressOf: launched });
      } else {
        const closed = await closeCampaign(api, pending.campaign.id);
        setNotice({ message: `${closed.name} is closed. No more answers are taken and no more messages are sent.` });
      }
      campaigns.reload();
    } catch (error) {
      setActionError(asApiError(error));
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <div className={styles.page}>
      <PageHeading
        title="Audit campaigns"
        lead="A campaign invites people to take the skills audit through the bot, and reminds those who have not finished before it closes."
      />
      <StatusNotice
        message={
          notice ? (
            <>
              {notice.message}{' '}
              {notice.progressOf ? <RouterLink href={progressPath(notice.progressOf.id)}>Follow the invitations</RouterLink> : null}
            </>
          ) : null
        }
      />
      {actionError ? <ErrorState title="That did not work" error={actionError} /> : null}

      {creating && options.status === 'success' ? (
        <CampaignForm
          options={options.data}
          onCancel={() => setCreating(false)}
          onCreated={(campaign) => {
            setCreating(false);
            setNotice({ message: `${campaign.name} is saved as a draft. Launch it when you are ready to invite people.` });
            campaigns.reload();
          }}
        />
      ) : (
        <div>
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)} disabledFocusable={options.status !== 'success'}>
            New campaign
          </Button>
        </div>
      )}
      {options.status === 'error' ? <ErrorState title="We could not load the services and sites" error={options.error} onRetry={options.reload} /> : null}

      {campaigns.status === 'error' ? <ErrorState title="We could not load the campaigns" error={campaigns.error} onRetry={campaigns.reload} /> : null}
      {campaigns.status === 'loading' && !campaigns.data ? <LoadingState label="Loading the campaigns…" /> : null}
      {campaigns.data ? <CampaignTable list={campaigns.data} onAction={(kind, campaign) => setPending({ kind, campaign })} /> : null}

      <ConfirmDialog
        open={pending?.kind === 'launch'}
        title={`Launch ${pending?.campaign.name ?? ''}?`}
        confirmLabel="Launch and invite"
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        The bot will invite everyone in this campaign ({pending?.campaign.populationLabel}) from 9am on the opening day. Who is in
        it is fixed now, from the directory as it is today. This cannot be undone.
      </ConfirmDialog>
      <ConfirmDialog
        open={pending?.kind === 'close'}
        title={`Close ${pending?.campaign.name ?? ''} now?`}
        confirmLabel="Close the campaign"
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        Nobody will be able to save or submit answers, and messages not yet sent will not be sent. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}

function CampaignTable({ list, onAction }: { list: CampaignList; onAction: (kind: 'launch' | 'close', campaign: Campaign) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (list.items.length === 0) {
    return (
      <Card className={shared.card}>
        <p className={shared.paragraph}>There are no campaigns yet. Create one to invite staff to take the skills audit.</p>
      </Card>
    );
  }
  return (
    <Card className={shared.card}>
      <section aria-labelledby="campaigns-heading" className={shared.section}>
        <h2 id="campaigns-heading" className={shared.sectionHeading}>
          {plural(list.items.length, 'campaign')}
        </h2>
        <DataTable
          label="Campaigns"
          className={styles.table}
          head={
            <>
              <HeadCell>Campaign</HeadCell>
              <HeadCell>Dates</HeadCell>
              <HeadCell>Who</HeadCell>
              <HeadCell>Status</HeadCell>
              <HeadCell>Finished</HeadCell>
              <HeadCell>Actions</HeadCell>
            </>
          }
        >
          {list.items.map((campaign) => (
            <TableRow key={campaign.id}>
              <Cell>
                <span className={styles.name}>{campaign.name}</span>
              </Cell>
              <Cell>{formatDates(campaign)}</Cell>
              <Cell>{campaign.populationLabel}</Cell>
              <Cell>{statusLabel(campaign)}</Cell>
              <Cell>{campaign.status === 'draft' ? '–' : `${campaign.submitted} of ${campaign.members}`}</Cell>
              <Cell>
                <div className={styles.actions}>
                  {campaign.status === 'draft' ? (
                    <Button size="small" appearance="primary" onClick={() => onAction('launch', campaign)} aria-label={`Launch ${campaign.name}`}>
                      Launch
                    </Button>
                  ) : (
                    <RouterLink href={progressPath(campaign.id)}>
                      Progress<span className={shared.visuallyHidden}> of {campaign.name}</span>
                    </RouterLink>
                  )}
                  {campaign.status === 'launched' ? (
                    <Button size="small" onClick={() => onAction('close', campaign)} aria-label={`Close ${campaign.name}`}>
                      Close
                    </Button>
                  ) : null}
                </div>
              </Cell>
            </TableRow>
          ))}
        </DataTable>
      </section>
    </Card>
  );
}
