import { Badge, Card, ProgressBar, Table, TableBody, TableHeader, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { LEVEL_LABELS, type TeamAudit, type TeamAuditMember } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import { getTeamAudit } from '../../api/skills-audit-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { formatCalendarDate, formatDay } from '../../components/report/report-format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';

const STATUS: Record<TeamAuditMember['status'], { label: string; color: 'success' | 'warning' | 'informative' }> = {
  submitted: { label: 'Finished', color: 'success' },
  draft: { label: 'Started', color: 'warning' },
  'not-started': { label: 'Not started', color: 'informative' },
};

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: '0',
  },
  count: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  countValue: { margin: '0', fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  countLabel: { color: tokens.colorNeutralForeground2 },
  table: { minWidth: '720px', tableLayout: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** A manager's reporting line in the open audit: who has finished and, if the council allows it, their levels. */
export function TeamAuditPage() {
  const api = useApi();
  const query = useApiQuery((signal) => getTeamAudit(api, signal), 'team-audit');
  return (
    <>
      <PageHeading title="Your team’s skills audit" lead="Who in your reporting line has taken the digital skills audit." />
      {query.status === 'error' ? <ErrorState title="We could not load your team’s audit" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading your team’s audit…" /> : null}
      {query.status === 'success' ? <TeamAuditContent team={query.data} /> : null}
    </>
  );
}

function TeamAuditContent({ team }: { team: TeamAudit }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { completion } = team;
  if (!team.campaign) {
    return (
      <Card className={shared.card}>
        <p className={shared.paragraph}>There is no skills audit running at the moment. When HR opens one, you will see here who in your team has finished.</p>
      </Card>
    );
  }
  return (
    <>
      <Card className={shared.card}>
        <section aria-labelledby="completion-heading" className={shared.section}>
          <h2 id="completion-heading" className={shared.sectionHeading}>
            {team.campaign.name}
          </h2>
          <p className={shared.paragraph}>Open until {formatCalendarDate(team.campaign.closesOn)}.</p>
          <dl className={styles.counts}>
            <Count label="People in your reporting line" value={completion.members} />
            <Count label="Finished" value={completion.submitted} />
            <Count label="Started, not finished" value={completion.inProgress} />
            <Count label="Not started" value={completion.notStarted} />
          </dl>
          <ProgressBar
            value={completion.submitted}
            max={Math.max(1, completion.members)}
            thickness="large"
            aria-label={`${completion.submitted} of ${completion.members} people have finished`}
          />
        </section>
      </Card>
      <Card className={shared.card}>
        <section aria-labelledby="people-heading" className={shared.section}>
          <h2 id="people-heading" className={shared.sectionHeading}>
            People
          </h2>
          <p className={shared.paragraph}>
            {team.levelsVisible
              ? 'The council lets line managers see each person’s level in each area — never their individual answers. Use it to plan training and support, not to judge performance.'
              : 'The council has chosen not to show line managers their team’s levels, so you see only who has finished. Each person sees their own report, and can share it with you if they want to.'}
          </p>
          {team.members.length === 0 ? (
            <p className={shared.paragraph}>Nobody in your reporting line is taking part in this audit.</p>
          ) : (
            <MembersTable team={team} />
          )}
        </section>
      </Card>
    </>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  const styles = useStyles();
  return (
    <div className={styles.count}>
      <dt className={styles.countLabel}>{label}</dt>
      <dd className={styles.countValue}>{value}</dd>
    </div>
  );
}

/** The areas to show as columns: every area any member has a level for, in the framework's order. */
function areasOf(members: readonly TeamAuditMember[]): { key: string; title: string }[] {
  const areas = new Map<string, string>();
  for (const member of members) for (const level of member.levels ?? []) if (!areas.has(level.key)) areas.set(level.key, level.title);
  return [...areas].map(([key, title]) => ({ key, title }));
}

function MembersTable({ team }: { team: TeamAudit }) {
  const styles = useStyles();
  const areas = team.levelsVisible ? areasOf(team.members) : [];
  const showBasic = team.levelsVisible && team.members.some((member) => member.basicSkillsMet !== null);
  const members = [...team.members].sort((a, b) => Number(b.direct) - Number(a.direct) || a.person.displayName.localeCompare(b.person.displayName));
  return (
    <ScrollRegion label="People in your reporting line, as a table">
      <Table className={styles.table} aria-label="People in your reporting line">
        <TableHeader>
          <TableRow>
            <HeadCell>Name</HeadCell>
            <HeadCell>Job title</HeadCell>
            <HeadCell>Reports to you</HeadCell>
            <HeadCell>Audit</HeadCell>
            <HeadCell>Finished on</HeadCell>
            {showBasic ? <HeadCell>Basic digital skills</HeadCell> : null}
            {areas.map((area) => (
              <HeadCell key={area.key}>{area.title}</HeadCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const levels = new Map((member.levels ?? []).map((level) => [level.key, level.level]));
            return (
              <TableRow key={member.person.id}>
                <Cell className={styles.name}>{member.person.displayName}</Cell>
                <Cell>{member.person.jobTitle ?? 'Not recorded'}</Cell>
                <Cell>{member.direct ? 'Directly' : 'Through another manager'}</Cell>
                <Cell>
                  <Badge appearance="tint" color={STATUS[member.status].color}>
                    {STATUS[member.status].label}
                  </Badge>
                </Cell>
                <Cell>{member.submittedAt ? <time dateTime={member.submittedAt}>{formatDay(member.submittedAt)}</time> : '–'}</Cell>
                {showBasic ? <Cell>{member.basicSkillsMet === null ? '–' : member.basicSkillsMet ? 'Yes' : 'Not yet'}</Cell> : null}
                {areas.map((area) => {
                  const level = levels.get(area.key);
                  return <Cell key={area.key}>{level ? LEVEL_LABELS[level] : '–'}</Cell>;
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
