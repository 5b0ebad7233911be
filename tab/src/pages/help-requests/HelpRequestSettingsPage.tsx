import { Card, Field, Radio, RadioGroup, SpinButton } from '@fluentui/react-components';
import type { HelpRequestSettings, TeamChannelChoice } from '../../../../api/src/contracts/help-requests';
import { useApi } from '../../api/api-context';
import { getHelpRequestSettings, listTeamChannels, saveHelpRequestSettings } from '../../api/help-requests-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { SettingsFormFooter, useSettingsForm, useSettingsFormStyles } from '../../components/settings-form';
import { useSharedStyles } from '../../components/shared-styles';
import { Notice } from '../../components/Notice';

const NO_CHANNEL = 'none';
const HOURS = { min: 0.25, max: 40, step: 0.25 };
const OFFERS = { min: 1, max: 10 };

function channelLabel(channel: TeamChannelChoice): string {
  return `${channel.teamName ?? 'A team whose name Teams has not sent yet'} – ${channel.channelName ?? 'a channel whose name Teams has not sent yet'}`;
}

/** The digital team decides how long each champion has to answer, and where unanswered requests go. */
export function HelpRequestSettingsPage() {
  const api = useApi();
  const settings = useApiQuery((signal) => getHelpRequestSettings(api, signal), 'help-request-settings');
  const channels = useApiQuery((signal) => listTeamChannels(api, signal), 'team-channels');
  const failed = settings.status === 'error' ? settings : channels.status === 'error' ? channels : null;

  return (
    <>
      <PageHeading
        title="Help request settings"
        lead="How a request for help finds a Digital Champion. Changes take effect straight away and are recorded in the audit log."
      />
      {failed?.status === 'error' ? <ErrorState title="We could not load the settings" error={failed.error} onRetry={failed.reload} /> : null}
      {!failed && (!settings.data || !channels.data) ? <LoadingState label="Loading the settings…" /> : null}
      {!failed && settings.data && channels.data ? <SettingsForm initial={settings.data} channels={channels.data.channels} /> : null}
    </>
  );
}

function SettingsForm({ initial, channels }: { initial: HelpRequestSettings; channels: TeamChannelChoice[] }) {
  const styles = useSettingsFormStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const form = useSettingsForm(initial, (settings) => saveHelpRequestSettings(api, settings));
  const { settings, change, errors } = form;
  const chosen = settings.championsChannelConversationId;
  const chosenIsGone = chosen !== null && !channels.some((channel) => channel.conversationId === chosen);

  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={form.submit} noValidate>
        <section aria-labelledby="offers-heading" className={styles.setting}>
          <h2 id="offers-heading" className={shared.sectionHeading}>
            Offering a request to champions
          </h2>
          <p className={shared.paragraph}>
            A request goes to the best-matched champion first. If they do not accept in time, or pass, it goes to the next one.
            Only working hours count: 09:00 to 17:00, Monday to Friday, except bank holidays.
          </p>
          <Field
            label="Working hours each champion has to answer"
            hint={`From ${HOURS.min} to ${HOURS.max}, in steps of a quarter of an hour.`}
            validationMessage={errors['body.offerTimeoutWorkingHours']}
          >
            <SpinButton
              className={styles.number}
              min={HOURS.min}
              max={HOURS.max}
              step={HOURS.step}
              precision={2}
              value={settings.offerTimeoutWorkingHours}
              onChange={(_, data) => {
                const value = data.value ?? Number.parseFloat(data.displayValue ?? '');
                if (Number.isFinite(value)) change({ offerTimeoutWorkingHours: value });
              }}
            />
          </Field>
          <Field
            label="Champions asked one at a time before every champion is asked"
            hint={`A number from ${OFFERS.min} to ${OFFERS.max}.`}
            validationMessage={errors['body.maxOffers']}
          >
            <SpinButton
              className={styles.number}
              min={OFFERS.min}
              max={OFFERS.max}
              value={settings.maxOffers}
              onChange={(_, data) => {
                const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                if (Number.isFinite(value)) change({ maxOffers: Math.round(value) });
              }}
            />
          </Field>
        </section>

        <section aria-labelledby="channel-heading" className={styles.setting}>
          <h2 id="channel-heading" className={shared.sectionHeading}>
            The champions’ channel
          </h2>
          <p className={shared.paragraph}>
            When no champion has accepted a request after those offers, it is posted in this Teams channel so that any champion can
            take it. To add a channel to the list, add the Digital Culture Hub app to its team in Teams.
          </p>
          {channels.length === 0 ? (
            <Notice intent="info">
                The app has not been added to any team yet. Until it is, requests nobody accepts wait in every champion’s help queue.
              </Notice>
          ) : null}
          <Field label="Post unanswered requests in" validationMessage={errors['body.championsChannelConversationId']}>
            <RadioGroup value={chosen ?? NO_CHANNEL} onChange={(_, data) => change({ championsChannelConversationId: data.value === NO_CHANNEL ? null : data.value })}>
              <Radio value={NO_CHANNEL} label="No channel chosen: the team channel the app heard from most recently" />
              {channels.map((channel) => (
                <Radio
                  key={channel.conversationId}
                  value={channel.conversationId}
                  label={`${channelLabel(channel)} (last heard from ${formatDateTime(channel.lastHeardAt)})`}
                />
              ))}
              {chosenIsGone ? <Radio value={chosen} label="The channel chosen before, which the app has since been removed from" /> : null}
            </RadioGroup>
          </Field>
        </section>

        <SettingsFormFooter form={form} savedMessage="Requests follow the new settings from now on." />
      </form>
    </Card>
  );
}
