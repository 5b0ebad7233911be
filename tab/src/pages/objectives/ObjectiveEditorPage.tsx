import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AppraisalYear, ObjectiveDetail } from '../../../../api/src/contracts/objectives';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import { getCurrentFramework } from '../../api/framework-api';
import { getMyObjectives, getObjective } from '../../api/objectives-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { objectiveViewPath } from './objective-format';
import { ObjectiveForm } from './ObjectiveForm';
import { Notice } from '../../components/Notice';

const LEAD = 'Say in plain words what you will do, how you will know you have done it, and by when. You can save it as a draft and come back to it.';

/** Loads what the form needs: the skills framework, the appraisal year, and the objective being changed (`?id=`). */
export function ObjectiveEditorPage() {
  const api = useApi();
  const { location } = useRouter();
  const id = new URLSearchParams(location.search).get('id');
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const existing = useApiQuery((signal) => (id ? getObjective(api, id, signal) : Promise.resolve(null)), `objective:${id ?? 'new'}`);
  const yearId = existing.data?.year.id;
  // The year's dates bound the target date; a new objective goes in the open year.
  const years = useApiQuery((signal) => (id && !yearId ? Promise.resolve(null) : getMyObjectives(api, yearId, signal)), `objective-year:${id ?? 'new'}:${yearId ?? ''}`);
  const title = id ? 'Change a digital objective' : 'Write a digital objective';

  const failed = [framework, existing, years].find((query) => query.status === 'error');
  if (failed?.status === 'error') {
    return (
      <>
        <PageHeading title={title} />
        <ErrorState title="We could not open the form" error={failed.error} onRetry={failed.reload} />
      </>
    );
  }
  if (!framework.data || existing.data === undefined || !years.data) {
    return (
      <>
        <PageHeading title={title} />
        <LoadingState label="Loading…" />
      </>
    );
  }
  return <Editor key={id ?? 'new'} title={title} objective={existing.data} year={years.data.year} categories={framework.data.categories} />;
}

function Editor({ title, objective, year, categories }: { title: string; objective: ObjectiveDetail | null; year: AppraisalYear | null; categories: readonly FrameworkCategory[] }) {
  if (objective && !objective.actions.includes('edit')) {
    return (
      <>
        <PageHeading title={title} />
        <Notice intent="info" layout="multiline">
            Only a draft, or an objective your manager returned for changes, can be changed. This one is past that.{' '}
            <RouterLink href={objectiveViewPath(objective.id)} inline>
              Open the objective
            </RouterLink>
          </Notice>
      </>
    );
  }
  if (!objective && year?.status !== 'open') {
    return (
      <>
        <PageHeading title={title} />
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No appraisal year is open at the moment</MessageBarTitle>
            You can write digital objectives once HR opens this year’s appraisals.{' '}
            <RouterLink href={PAGE_PATHS.myObjectives} inline>
              Back to my digital objectives
            </RouterLink>
          </MessageBarBody>
        </MessageBar>
      </>
    );
  }
  return (
    <>
      <PageHeading title={title} heading={objective ? `Change “${objective.title}”` : title} lead={LEAD} />
      {objective?.status === 'returned' && objective.returnComment ? <ReturnedComment objective={objective} /> : null}
      {objective?.fromStatement && objective.status === 'draft' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>We started it for you</MessageBarTitle>
            This draft comes from your skills report: “{objective.fromStatement.text}”. Change the words so they fit what you will
            really do, and set a target date.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ObjectiveForm objective={objective} year={year} categories={categories} />
      <RouterLink href={objective ? objectiveViewPath(objective.id) : PAGE_PATHS.myObjectives}>{objective ? 'Back to the objective' : 'Back to my digital objectives'}</RouterLink>
    </>
  );
}

/** Shown before the form, so the person reads what to change before they change it. */
function ReturnedComment({ objective }: { objective: ObjectiveDetail }) {
  const returned = objective.history.filter((event) => event.toStatus === 'returned').sort((a, b) => b.at.localeCompare(a.at))[0];
  const by = returned?.by?.displayName ?? 'Your manager';
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{by} asked you to change it</MessageBarTitle>
        “{objective.returnComment}” Change what they asked for, then press Save and propose to my manager.
      </MessageBarBody>
    </MessageBar>
  );
}
