import { Card, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppraisalYear, ObjectiveSettings } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { getObjectiveSettings, listAppraisalYears, updateAppraisalYear } from '../../api/appraisal-years-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { StatusNotice } from '../../components/StatusNotice';
import { useSharedStyles } from '../../components/shared-styles';
import { YearSelect } from '../../components/YearSelect';
import { formatLongDate } from '../../components/format';
import { AddYearForm } from './AddYearForm';
import { AgreeByDialog } from './AgreeByDialog';
import { ExportButtons } from './ExportButtons';
import { StartMonthForm } from './StartMonthForm';
import { YearsTable } from './YearsTable';
import { nextMove } from './year-format';

const useStyles = makeStyles({
  narrow: { maxWidth: '32rem' },
});

/** HR keeps the appraisal calendar: which year is open, when objectives should be agreed, and the month years start. */
export function AppraisalYearsPage() {
  const api = useApi();
  const [refresh, setRefresh] = useState(0);
  const years = useApiQuery((signal) => listAppraisalYears(api, signal), `years:${refresh}`);
  const settings = useApiQuery((signal) => getObjectiveSettings(api, signal), `settings:${refresh}`);
  const failed = years.status === 'error' ? years : settings.status === 'error' ? settings : undefined;

  return (
    <>
      <PageHeading
        title="Appraisal years"
        lead="Each year, everyone should agree at least one digital objective with their manager. Open a year when appraisals start, and close it once outcomes are recorded."
      />
      {failed?.status === 'error' ? <ErrorState title="We could not load the appraisal years" error={failed.error} onRetry={failed.reload} /> : null}
      {!failed && (years.data === undefined || settings.data === undefined) ? <LoadingState label="Loading the appraisal years…" /> : null}
      {years.data && settings.data ? (
        <YearsContent years={years.data.items} settings={settings.data} onChanged={() => setRefresh((count) => count + 1)} />
      ) : null}
    </>
  );
}

type Editing = { kind: 'move'; year: AppraisalYear } | { kind: 'agree-by'; year: AppraisalYear } | null;

function YearsContent({ years, settings, onChanged }: { years: AppraisalYear[]; settings: ObjectiveSettings; onChanged: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [exportYearId, setExportYearId] = useState(years.find((year) => year.status === 'open')?.id ?? years[0]?.id ?? '');
  const exportYear = years.find((year) => year.id === exportYearId);

  const save = async (year: AppraisalYear, body: { status?: AppraisalYear['status']; agreeBy?: string }, said: (saved: AppraisalYear) => string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const saved = await updateAppraisalYear(api, year.id, body);
      setEditing(null);
      setDone(said(saved));
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    setEditing(null);
    setError(null);
  };
  const move = editing?.kind === 'move' ? nextMove(editing.year) : null;

  return (
    <>
      <StatusNotice message={done} />
      <Card className={shared.card}>
        <section aria-labelledby="years-heading" className={shared.section}>
          <h2 id="years-heading" className={shared.sectionHeading}>
            Years
          </h2>
          {years.length === 0 ? (
            <p className={shared.paragraph}>There are no appraisal years yet. Add the first one below.</p>
          ) : (
            <YearsTable
              years={years}
              busy={busy}
              onMove={(year) => {
                setDone(null);
                setEditing({ kind: 'move', year });
              }}
              onChangeAgreeBy={(year) => {
                setDone(null);
                setEditing({ kind: 'agree-by', year });
              }}
            />
          )}
          {error && editing === null ? <ErrorState title="The year was not changed" error={error} /> : null}
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="add-year-heading" className={shared.section}>
          <h2 id="add-year-heading" className={shared.sectionHeading}>
            Add a year
          </h2>
          <AddYearForm
            years={years}
            startMonth={settings.yearStartMonth}
            onAdded={(year) => {
              setDone(`${year.label} added: it runs from ${formatLongDate(year.startsOn)} to ${formatLongDate(year.endsOn)}. Open it when appraisals start.`);
              onChanged();
            }}
          />
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="start-month-heading" className={shared.section}>
          <h2 id="start-month-heading" className={shared.sectionHeading}>
            When the appraisal year starts
          </h2>
          <StartMonthForm initial={settings} onSaved={onChanged} />
        </section>
      </Card>
      {exportYear ? (
        <Card className={shared.card}>
          <section aria-labelledby="export-heading" className={shared.section}>
            <h2 id="export-heading" className={shared.sectionHeading}>
              Export for the appraisal system
            </h2>
            <p className={shared.paragraph}>One row for each objective in the council that was not withdrawn, with the person, their manager, the dates and the outcome.</p>
            <YearSelect label="Year to export" className={styles.narrow} years={years} value={exportYearId} onChange={setExportYearId} />
            <ExportButtons yearId={exportYear.id} yearLabel={exportYear.label} />
          </section>
        </Card>
      ) : null}
      {editing?.kind === 'move' && move ? (
        <ConfirmDialog
          open
          title={move.question}
          confirmLabel={`${move.verb} ${editing.year.label}`}
          cancelLabel="No, leave it"
          busy={busy}
          onConfirm={() => void save(editing.year, { status: move.to }, (saved) => `${saved.label} is now ${saved.status}.`)}
          onCancel={cancel}
        >
          <p className={shared.paragraph}>{move.consequence}</p>
          {error ? <ErrorState title="The year was not changed" error={error} /> : null}
        </ConfirmDialog>
      ) : null}
      {editing?.kind === 'agree-by' ? (
        <AgreeByDialog
          year={editing.year}
          busy={busy}
          error={error}
          onSave={(agreeBy) => void save(editing.year, { agreeBy }, (saved) => `${saved.label} objectives should now be agreed by ${formatLongDate(saved.agreeBy)}.`)}
          onCancel={cancel}
        />
      ) : null}
    </>
  );
}
