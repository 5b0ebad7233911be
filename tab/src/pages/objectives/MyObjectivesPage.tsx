import { Button, Card, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppraisalYear, MyObjectives } from '../../../../api/src/contracts/objectives';
import { useApi } from '../../api/api-context';
import { getMyObjectives } from '../../api/objectives-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { YearSelect } from '../../components/YearSelect';
import { formatLongDate } from '../../components/format';
import { useInternalLinkClick } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { objectiveEditPath } from './objective-format';
import { ObjectiveKindsExplained } from './ObjectiveKindsExplained';
import { ObjectiveListItem } from './ObjectiveListItem';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  year: { minWidth: '12rem' },
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalM },
});

const LEAD = 'Your digital objectives for your appraisal: what you will do, where each one is, and what to do next.';

function yearSentence(year: AppraisalYear): string {
  const span = `${formatLongDate(year.startsOn)} to ${formatLongDate(year.endsOn)}`;
  if (year.status === 'open') return `Appraisal year ${year.label} runs from ${span}. Agree at least one digital objective with your manager by ${formatLongDate(year.agreeBy)}.`;
  if (year.status === 'closed') return `Appraisal year ${year.label} (${span}) is closed. You can look back at it, but not change it.`;
  return `Appraisal year ${year.label} (${span}) has not started yet.`;
}

/** My objectives for the open appraisal year (or an earlier one), and how to write one. */
export function MyObjectivesPage() {
  const api = useApi();
  const [yearId, setYearId] = useState<string | undefined>(undefined);
  const query = useApiQuery((signal) => getMyObjectives(api, yearId, signal), `my-objectives:${yearId ?? 'open'}`);
  const data = query.data;

  return (
    <>
      <PageHeading title="My digital objectives" lead={LEAD} />
      {query.status === 'error' ? <ErrorState title="We could not load your objectives" error={query.error} onRetry={query.reload} /> : null}
      {!data && query.status === 'loading' ? <LoadingState label="Loading your objectives…" /> : null}
      {data ? <YearObjectives data={data} loading={query.status === 'loading'} onYear={setYearId} /> : null}
      <ObjectiveKindsExplained />
    </>
  );
}

function YearObjectives({ data, loading, onYear }: { data: MyObjectives; loading: boolean; onYear: (yearId: string) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { year, years, items } = data;
  const canWrite = year?.status === 'open';
  const write = useInternalLinkClick(objectiveEditPath());
  return (
    <>
      <div className={styles.bar}>
        {years.length > 1 && year ? (
          <YearSelect className={styles.year} years={years} value={year.id} onChange={onYear} optionText={(each) => `${each.label}${each.status === 'open' ? ' (this year)' : ''}`} />
        ) : null}
        {canWrite ? (
          <Button as="a" href={objectiveEditPath()} onClick={write} appearance="primary" icon={<AddRegular />}>
            Write a digital objective
          </Button>
        ) : null}
      </div>
      {years.some((each) => each.status === 'open') ? null : <NoOpenYear />}
      {year ? <p className={shared.paragraph}>{yearSentence(year)}</p> : null}
      {loading ? <LoadingState label="Loading the year’s objectives…" /> : null}
      {year && !loading ? (
        <section aria-labelledby="objectives-heading" className={shared.section}>
          <h2 id="objectives-heading" className={shared.sectionHeading}>
            Your objectives for {year.label}
          </h2>
          {items.length === 0 ? (
            <NoObjectivesYet open={canWrite} />
          ) : (
            <ul className={styles.list} aria-labelledby="objectives-heading">
              {items.map((objective) => (
                <ObjectiveListItem key={objective.id} objective={objective} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

function NoOpenYear() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>No appraisal year is open at the moment</MessageBarTitle>
        HR opens each appraisal year. When this year’s is open, you can write your digital objectives here. Until then there
        is nothing you need to do.
      </MessageBarBody>
    </MessageBar>
  );
}

function NoObjectivesYet({ open }: { open: boolean }) {
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <p className={shared.paragraph}>You do not have a digital objective for this year yet.</p>
      {open ? (
        <p className={shared.paragraph}>
          The easiest way to start is from your skills report: pick a skill to learn or refresh, and we write the first draft
          for you.{' '}
          <RouterLink href={PAGE_PATHS.mySkills} inline>
            Make one from your skills report
          </RouterLink>
        </p>
      ) : null}
    </Card>
  );
}
