import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Project, ProjectFollowing } from '../../../../api/src/contracts/projects';
import { useApi } from '../../api/api-context';
import { findProjects, getProjectServices } from '../../api/projects-api';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { StatusNotice } from '../../components/StatusNotice';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useInternalLinkClick } from '../../router/history-router';
import type { Announce } from './FollowButton';
import { NO_FILTERS, ProjectFilters, type ProjectFilterValues } from './ProjectFilters';
import { ProjectListItem } from './ProjectListItem';
import { projectEditPath } from './project-paths';
import { useCanCurateProjects } from './use-project-roles';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column' },
});

/** Follows and unfollows change the list in place, so the page does not reload under the person's focus. */
function withFollowing(items: Project[], changes: ReadonlyMap<string, ProjectFollowing>): Project[] {
  return items.map((item) => {
    const change = changes.get(item.id);
    return change ? { ...item, followedByMe: change.following, followerCount: change.followerCount } : item;
  });
}

/** The digital projects register: anyone finds projects and follows them; the digital team adds them. */
export function ProjectsPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const canCurate = useCanCurateProjects();
  const [filters, setFilters] = useState<ProjectFilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [following, setFollowing] = useState<Map<string, ProjectFollowing>>(new Map());
  const q = useDebouncedValue(filters.text, 300);
  const search = {
    q: q.trim() || undefined,
    serviceId: filters.serviceId || undefined,
    stage: filters.stage || undefined,
    rag: filters.rag || undefined,
    following: filters.following || undefined,
    limit: PAGE_SIZE,
    offset,
  };
  const services = useApiQuery((signal) => getProjectServices(api, signal), 'project-services');
  const found = useApiQuery((signal) => findProjects(api, search, signal), JSON.stringify(search));
  const addProject = useInternalLinkClick(projectEditPath());
  const announce: Announce = (intent, text) => setNotice({ intent, text });

  return (
    <>
      <PageHeading
        title="Digital projects"
        lead="The council’s digital projects: what each one is for, where it has got to, and what it changes. Follow a project to be told in Teams when an update about it is published."
      />
      {canCurate ? (
        <div className={styles.toolbar}>
          <Button as="a" href={projectEditPath()} onClick={addProject} appearance="primary" icon={<AddRegular />}>
            Add a project
          </Button>
        </div>
      ) : null}
      <StatusNotice message={notice?.text} intent={notice?.intent} />
      <Card className={shared.card}>
        <section aria-labelledby="find-project-heading" className={shared.section}>
          <h2 id="find-project-heading" className={shared.sectionHeading}>
            Find a project
          </h2>
          <ProjectFilters
            values={filters}
            services={services.data?.items ?? []}
            onChange={(values) => {
              setFilters(values);
              setOffset(0);
            }}
          />
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="projects-heading" className={shared.section}>
          <h2 id="projects-heading" className={shared.sectionHeading}>
            Projects
          </h2>
          <PagedResults
            query={found}
            noun="projects"
            empty={filters.following ? 'You are not following any projects that match.' : 'No projects match. Try other words or fewer filters.'}
            pagerLabel="Project pages"
            offset={offset}
            limit={PAGE_SIZE}
            onOffsetChange={setOffset}
          >
            {(items) => (
              <ul className={styles.list} aria-label="Projects">
                {withFollowing(items, following).map((project) => (
                  <ProjectListItem
                    key={project.id}
                    project={project}
                    announce={announce}
                    onFollowing={(change) => setFollowing((current) => new Map(current).set(change.projectId, change))}
                  />
                ))}
              </ul>
            )}
          </PagedResults>
        </section>
      </Card>
    </>
  );
}
