import { makeStyles, tokens } from '@fluentui/react-components';
import type { Project, ProjectFollowing } from '../../../../api/src/contracts/projects';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { FollowButton, type Announce } from './FollowButton';
import { ProjectFacts } from './ProjectFacts';
import { projectViewPath } from './project-paths';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** One project in the register: its name (a link to it), what it is, the facts, and following it. */
export function ProjectListItem({ project, announce, onFollowing }: { project: Project; announce: Announce; onFollowing: (following: ProjectFollowing) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <li className={shared.listEntry}>
      <h3 className={shared.listEntryTitle}>
        <RouterLink href={projectViewPath(project.id)}>{project.name}</RouterLink>
      </h3>
      {project.summary ? <p className={shared.paragraph}>{project.summary}</p> : null}
      <ProjectFacts project={project} />
      <div className={styles.actions}>
        <FollowButton project={project} announce={announce} onChanged={onFollowing} />
      </div>
    </li>
  );
}
