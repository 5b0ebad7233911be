import { Card, Field, Radio, RadioGroup, SpinButton, Switch } from '@fluentui/react-components';
import type { AuditSettings } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import { getAuditSettings, saveAuditSettings } from '../../api/audit-settings-api';
import { getCurrentFramework } from '../../api/framework-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { SettingsFormFooter, useSettingsForm, useSettingsFormStyles } from '../../components/settings-form';
import { useSharedStyles } from '../../components/shared-styles';

/** ['a', 'b', 'c'] → "a, b and c"; empty when there is nothing to list. */
function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

const MIN_CONFIDENT = 1;
const MAX_CONFIDENT = 20;

/** HR and administrators decide what managers see, what counts as basic skills, and who is a champion candidate. */
export function AuditSettingsPage() {
  const api = useApi();
  const query = useApiQuery((signal) => getAuditSettings(api, signal), 'audit-settings');

  return (
    <>
      <PageHeading
        title="Skills audit settings"
        lead="These settings apply to the whole council. Changes take effect straight away and are recorded in the audit log."
      />
      {query.status === 'error' ? <ErrorState title="We could not load the settings" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading the settings…" /> : null}
      {query.status === 'success' ? <SettingsForm initial={query.data} /> : null}
    </>
  );
}

function SettingsForm({ initial }: { initial: AuditSettings }) {
  const styles = useSettingsFormStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const form = useSettingsForm(initial, (settings) => saveAuditSettings(api, settings));
  const { settings, change, errors } = form;
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const basicCategories = listInWords(framework.data?.categories.filter((category) => category.basic).map((category) => category.title) ?? []);

  const confidentError = errors['body.championCandidateMinConfident'];
  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={form.submit} noValidate>
        <section aria-labelledby="managers-heading" className={styles.setting}>
          <h2 id="managers-heading" className={shared.sectionHeading}>
            What line managers see
          </h2>
          <p className={shared.paragraph}>
            Managers always see who in their reporting line has finished the audit. Turn this on to let them also see each
            person’s level in every category. HR always sees everything.
          </p>
          <Field validationMessage={errors['body.managersSeeLevels']}>
            <Switch
              label="Let line managers see their team’s levels"
              checked={settings.managersSeeLevels}
              onChange={(_, data) => change({ managersSeeLevels: data.checked })}
            />
          </Field>
        </section>

        <section aria-labelledby="basic-heading" className={styles.setting}>
          <h2 id="basic-heading" className={shared.sectionHeading}>
            Who has basic digital skills
          </h2>
          <p className={shared.paragraph}>
            {basicCategories
              ? `The basic categories in the skills framework are ${basicCategories}. `
              : 'The basic categories are those the skills framework marks as basic digital skills. '}
            A task counts when someone could do it or has done it recently.
          </p>
          <Field label="Someone has basic digital skills when they can do" validationMessage={errors['body.basicSkillsRule']}>
            <RadioGroup
              value={settings.basicSkillsRule}
              onChange={(_, data) => change({ basicSkillsRule: data.value === 'every-task' ? 'every-task' : 'at-least-one' })}
            >
              <Radio value="at-least-one" label="at least one task in every basic category (the national measure)" />
              <Radio value="every-task" label="every task in every basic category" />
            </RadioGroup>
          </Field>
        </section>

        <section aria-labelledby="champions-heading" className={styles.setting}>
          <h2 id="champions-heading" className={shared.sectionHeading}>
            Champion candidates
          </h2>
          <p className={shared.paragraph}>
            People are suggested to the digital team as possible Digital Champions when they are Confident (have done every
            task in the last 3 months) in this many categories, and below Capable in none.
          </p>
          <Field
            label="Categories at Confident needed"
            hint={`A number from ${MIN_CONFIDENT} to ${MAX_CONFIDENT}.`}
            validationMessage={confidentError}
          >
            <SpinButton
              className={styles.number}
              min={MIN_CONFIDENT}
              max={MAX_CONFIDENT}
              value={settings.championCandidateMinConfident}
              onChange={(_, data) => {
                const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                if (Number.isFinite(value)) change({ championCandidateMinConfident: Math.round(value) });
              }}
            />
          </Field>
        </section>

        <SettingsFormFooter form={form} savedMessage="The new settings apply from now on." />
      </form>
    </Card>
  );
}
