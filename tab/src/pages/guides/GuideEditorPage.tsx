import { useApi } from '../../api/api-context';
import { getCurrentFramework } from '../../api/framework-api';
import { getGuide } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { GuideForm } from './GuideForm';
import { guideViewPath } from './guide-paths';
import { useGuideRoles } from './use-guide-roles';
import { Notice } from '../../components/Notice';

const LEAD = 'Keep it short and in plain English: one task, in the order people do it. The digital team reads every guide before it is published.';

/** Writing a new guide, or changing one (`?id=`). */
export function GuideEditorPage() {
  const api = useApi();
  const { location } = useRouter();
  const { canWrite } = useGuideRoles();
  const id = new URLSearchParams(location.search).get('id');
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const existing = useApiQuery((signal) => (id ? getGuide(api, id, signal) : Promise.resolve(null)), `guide:${id ?? 'new'}`);
  const title = id ? 'Change a guide' : 'Write a guide';

  if (!id && !canWrite) {
    return (
      <>
        <PageHeading title={title} />
        <Notice intent="info">Digital Champions and the digital team write guides. If you would like to become a champion, see the Digital Champions page.</Notice>
      </>
    );
  }
  const failed = framework.status === 'error' ? framework : existing.status === 'error' ? existing : null;
  if (failed?.status === 'error') {
    return (
      <>
        <PageHeading title={title} />
        <ErrorState title="We could not open the guide" error={failed.error} onRetry={failed.reload} />
      </>
    );
  }
  if (!framework.data || existing.data === undefined) {
    return (
      <>
        <PageHeading title={title} />
        <LoadingState label="Loading…" />
      </>
    );
  }
  const guide = existing.data;
  if (guide && !guide.actions.edit) {
    return (
      <>
        <PageHeading title={title} />
        <Notice intent="info">
            This guide is {guide.status === 'published' ? 'published' : 'archived'}, so only the digital team can change it now.{' '}
            <RouterLink href={guideViewPath(guide.id)} inline>
              Read the guide
            </RouterLink>
          </Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title={title} heading={guide ? `Change “${guide.title}”` : title} lead={LEAD} />
      <GuideForm key={guide?.id ?? 'new'} guide={guide} categories={framework.data.categories} />
    </>
  );
}
