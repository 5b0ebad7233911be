import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PROJECT_STAGE_LABELS, type Project } from '../../../../api/src/contracts/projects';
import { plural } from '../../components/format';
import { datesText, lastUpdateText } from './project-format';
import { RagStatus } from './RagStatus';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: '0',
  },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: '0', overflowWrap: 'anywhere' },
});

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}

/** What anyone wants to know about a project at a glance, as a description list. */
export function ProjectFacts({ project }: { project: Project }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      <Fact term="Service">{project.service?.name ?? 'Not set'}</Fact>
      <Fact term="Sponsor">{project.sponsor?.displayName ?? 'Not set'}</Fact>
      <Fact term="Stage">{PROJECT_STAGE_LABELS[project.stage]}</Fact>
      <Fact term="Status">
        <RagStatus rag={project.rag} />
      </Fact>
      <Fact term="Dates">{datesText(project)}</Fact>
      <Fact term="People">
        {plural(project.memberCount, 'member')}, {plural(project.followerCount, 'follower')}
      </Fact>
      <Fact term="Last update">{lastUpdateText(project)}</Fact>
    </dl>
  );
}
