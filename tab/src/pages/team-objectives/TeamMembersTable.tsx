import { Badge, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { OBJECTIVE_OUTCOME_LABELS } from '../../../../api/src/contracts/objectives';
import type { TeamObjectiveMember, TeamObjectiveSummary } from '../../../../api/src/contracts/team-objectives';
import { DataTable } from '../../components/DataTable';
import { formatDay } from '../../components/report/report-format';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { ObjectiveStatusBadge } from '../objectives/ObjectiveStatusBadge';

const useStyles = makeStyles({
  table: { minWidth: '760px', tableLayout: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground2 },
  objectives: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  objective: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  facts: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** A calendar date (2026-08-06) as it is written in a table: 6 Aug 2026. */
const shortDate = (date: string) => formatDay(`${date}T12:00:00Z`);

function ObjectiveLine({ objective }: { objective: TeamObjectiveSummary }) {
  const styles = useStyles();
  const facts: string[] = [];
  if (objective.status === 'agreed' || objective.status === 'in-progress') facts.push(`${objective.progress}% done`);
  if (objective.checkInDueOn && !objective.checkInOverdue) facts.push(`next check-in by ${shortDate(objective.checkInDueOn)}`);
  if (objective.outcome) facts.push(OBJECTIVE_OUTCOME_LABELS[objective.outcome]);
  return (
    <li className={styles.objective}>
      <RouterLink href={`${PAGE_PATHS.objective}?id=${encodeURIComponent(objective.id)}`}>{objective.title}</RouterLink>
      <span className={styles.facts}>
        <ObjectiveStatusBadge status={objective.status} />
        {objective.checkInOverdue && objective.checkInDueOn ? (
          <Badge appearance="tint" shape="rounded" color="danger">
            {`Check-in overdue since ${shortDate(objective.checkInDueOn)}`}
          </Badge>
        ) : null}
        {facts.length > 0 ? <span className={styles.secondary}>{facts.join(' · ')}</span> : null}
      </span>
    </li>
  );
}

/** Each person in view with their objectives of the year; each objective opens its own page. */
export function TeamMembersTable({ members, scope }: { members: readonly TeamObjectiveMember[]; scope: 'line' | 'council' }) {
  const styles = useStyles();
  return (
    <DataTable
      label="People and their digital objectives"
      className={styles.table}
      head={
        <>
          <HeadCell>Name</HeadCell>
          <HeadCell>Line manager</HeadCell>
          <HeadCell>Digital objectives</HeadCell>
        </>
      }
    >
      {members.map((member) => (
        <TableRow key={member.person.id}>
          <Cell>
            <span className={styles.name}>{member.person.displayName}</span>
            <br />
            <span className={styles.secondary}>{[member.jobTitle, member.service?.name].filter(Boolean).join(', ') || 'No job title recorded'}</span>
          </Cell>
          <Cell>{member.direct ? 'You' : (member.manager?.displayName ?? (scope === 'council' ? 'None recorded' : '–'))}</Cell>
          <Cell>
            {member.objectives.length === 0 ? (
              <Badge appearance="tint" shape="rounded" color="warning">
                No digital objective yet
              </Badge>
            ) : (
              <ul className={styles.objectives} aria-label={`${member.person.displayName}’s objectives`}>
                {member.objectives.map((objective) => (
                  <ObjectiveLine key={objective.id} objective={objective} />
                ))}
              </ul>
            )}
          </Cell>
        </TableRow>
      ))}
    </DataTable>
  );
}
