import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ProjectDetail } from '../../../../api/src/contracts/projects';
import { useApi } from '../../api/api-context';
import { getProject } from '../../api/projects-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { StatusNotice } from '../../components/StatusNotice';
import { useSharedStyles } from '../../components/shared-styles';
import { useInternalLinkClick, useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { FollowButton, type Announce } from './FollowButton';
import { ProjectFacts } from './ProjectFacts';
import { ProjectMembers } from './ProjectMembers';
import { projectEditPath } from './project-paths';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // What people typed keeps its paragraphs.
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  followers: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL },
});

function EditLink({ project }: { project: ProjectDetail }) {
  const shared = useSharedStyles();
  const onClick = useInternalLinkClick(projectEditPath(project.id));
  return (
    <Button as="a" href={projectEditPath(project.id)} onClick={onClick} icon={<EditRegular />}>
      Edit<span className={shared.visuallyHidden}> {project.name}</span>
    </Button>
  );
}

function Followers({ project }: { project: ProjectDetail }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const count = project.followerCount === 1 ? '1 person follows' : `${project.followerCount} people follow`;
  return (
    <section aria-labelledby="followers-heading" className={shared.section}>
      <h2 id="followers-heading" className={shared.sectionHeading}>
        Followers
      </h2>
      <p className={shared.paragraph}>
        {count} this project. Followers are told in Teams when an update about it is published.
      </p>
      {project.followers && project.followers.length > 0 ? (
        <ul className={styles.followers} aria-label="Followers">
          {project.followers.map((person) => (
            <li key={person.id}>{person.displayName}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One project: what it is, where it has got to, what it changes, and who is in it. */
export function ProjectPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { location } = useRouter();
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const loaded = useApiQuery((signal) => getProject(api, id, signal), `project:${id}`);
  const [changed, setChanged] = useState<ProjectDetail | null>(null);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const project = changed?.id === id ? changed : loaded.data;
  const announce: Announce = (intent, text) => setNotice({ intent, text });

  if (!project) {
    return (
      <>
        <PageHeading title="Digital project" />
        {loaded.status === 'error' ? <ErrorState title="We could not open the project" error={loaded.error} onRetry={loaded.reload} /> : <LoadingState label="Loading the project…" />}
        <RouterLink href={PAGE_PATHS.projects}>All digital projects</RouterLink>
      </>
    );
  }
  return (
    <>
      <PageHeading title={project.name} lead={project.summary || undefined} />
      <div className={styles.toolbar}>
        <FollowButton project={project} announce={announce} onChanged={(following) => setChanged({ ...project, followedByMe: following.following, followerCount: following.followerCount })} />
        {project.canCurate ? <EditLink project={project} /> : null}
      </div>
      <StatusNotice message={notice?.text} intent={notice?.intent} />
      <Card className={shared.card}>
        <section aria-labelledby="about-heading" className={shared.section}>
          <h2 id="about-heading" className={shared.sectionHeading}>
            About the project
          </h2>
          <ProjectFacts project={project} />
          <p className={shared.paragraph}>
            {project.linkedObjectiveCount === 0
              ? 'No one has a digital objective to take part in it yet.'
              : `${plural(project.linkedObjectiveCount, 'digital objective')} in appraisals ${project.linkedObjectiveCount === 1 ? 'is' : 'are'} about taking part in it.`}
          </p>
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="implications-heading" className={shared.section}>
          <h2 id="implications-heading" className={shared.sectionHeading}>
            Digital implications
          </h2>
          <p className={`${shared.paragraph} ${styles.text}`}>
            {project.digitalImplications || 'Not recorded yet. They are recorded when the project starts: what it changes for staff, residents, data and systems.'}
          </p>
        </section>
      </Card>
      <Card className={shared.card}>
        <ProjectMembers project={project} announce={announce} onChanged={setChanged} />
      </Card>
      <Card className={shared.card}>
        <Followers project={project} />
      </Card>
      <RouterLink href={PAGE_PATHS.projects}>All digital projects</RouterLink>
    </>
  );
}
