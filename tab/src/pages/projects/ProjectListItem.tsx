import { makeStyles, tokens } from '@fluentui/react-components';
import type { Project, ProjectFollowing } from '../../../../api/src/contracts/projects';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { FollowButton, type Announce } from './FollowButton';
import { ProjectFacts } from './ProjectFacts';
import { projectViewPath } from './project-paths';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: '0', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** One project in the register: its name (a link to it), what it is, the facts, and following it. */
export function ProjectListItem({ project, announce, onFollowing }: { project: Project; announce: Announce; onFollowing: (following: ProjectFollowing) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <li className={styles.item}>
      <h3 className={styles.title}>
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
