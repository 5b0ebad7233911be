import { useApi } from '../../api/api-context';
import { getProject, getProjectServices } from '../../api/projects-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { ProjectForm } from './ProjectForm';
import { projectViewPath } from './project-paths';
import { useCanCurateProjects } from './use-project-roles';
import { Notice } from '../../components/Notice';

const LEAD = 'Everyone in the council can find the project in the register and follow it, so write for them: plain words, no project jargon.';

/** Adding a project to the register, or changing one (`?id=`). The digital team only. */
export function ProjectEditorPage() {
  const api = useApi();
  const { location } = useRouter();
  const canCurate = useCanCurateProjects();
  const id = new URLSearchParams(location.search).get('id');
  const services = useApiQuery((signal) => getProjectServices(api, signal), 'project-services');
  const existing = useApiQuery((signal) => (id ? getProject(api, id, signal) : Promise.resolve(null)), `project:${id ?? 'new'}`);
  const title = id ? 'Edit a digital project' : 'Add a digital project';
  const back = (
    <RouterLink href={id ? projectViewPath(id) : PAGE_PATHS.projects}>{id ? 'Back to the project' : 'All digital projects'}</RouterLink>
  );

  if (!canCurate) {
    return (
      <>
        <PageHeading title={title} />
        <Notice intent="info">The digital team keeps the register of digital projects. If a project is missing or out of date, tell them.</Notice>
        {back}
      </>
    );
  }
  const failed = services.status === 'error' ? services : existing.status === 'error' ? existing : null;
  if (failed?.status === 'error') {
    return (
      <>
        <PageHeading title={title} />
        <ErrorState title="We could not open the project" error={failed.error} onRetry={failed.reload} />
        {back}
      </>
    );
  }
  if (!services.data || existing.data === undefined) {
    return (
      <>
        <PageHeading title={title} />
        <LoadingState label="Loading…" />
      </>
    );
  }
  const project = existing.data;
  return (
    <>
      <PageHeading title={title} heading={project ? `Edit ${project.name}` : title} lead={LEAD} />
      <ProjectForm key={project?.id ?? 'new'} project={project} services={services.data.items} />
      {back}
    </>
  );
}
