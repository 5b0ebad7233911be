import { Button, TableRow } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { SUPPORT_SESSION_KIND_LABELS, type SupportSession } from '../../../../api/src/contracts/support-log';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { durationText, shortDate } from './uk-time';

function noteOf(session: SupportSession): string {
  const parts = [session.dropIn ? `Drop-in: ${session.dropIn.title}` : '', session.note].filter(Boolean);
  return parts.length > 0 ? parts.join('. ') : '—';
}

/** The log, newest first; sessions logged by hand in the last 14 days can be removed. */
export function SupportSessionList({
  sessions,
  busyId,
  onRemove,
}: {
  sessions: readonly SupportSession[];
  busyId: string | null;
  onRemove: (session: SupportSession) => void;
}) {
  const shared = useSharedStyles();
  return (
    <DataTable
      label="Your support sessions"
      head={
        <>
          <HeadCell>Date</HeadCell>
          <HeadCell>Kind</HeadCell>
          <HeadCell>Time</HeadCell>
          <HeadCell>People</HeadCell>
          <HeadCell>Skills</HeadCell>
          <HeadCell>Note</HeadCell>
          <HeadCell>Remove</HeadCell>
        </>
      }
    >
      {sessions.map((session) => (
        <TableRow key={session.id}>
          <Cell>{shortDate(session.happenedOn)}</Cell>
          <Cell>{SUPPORT_SESSION_KIND_LABELS[session.kind]}</Cell>
          <Cell>{durationText(session.minutes)}</Cell>
          <Cell>{session.peopleHelped}</Cell>
          <Cell>{session.skills.length > 0 ? session.skills.map((skill) => skill.title).join(', ') : '—'}</Cell>
          <Cell>{noteOf(session)}</Cell>
          <Cell>
            {session.canDelete ? (
              <Button size="small" icon={<DeleteRegular />} disabledFocusable={busyId === session.id} onClick={() => onRemove(session)}>
                Remove<span className={shared.visuallyHidden}> the session of {shortDate(session.happenedOn)}</span>
              </Button>
            ) : (
              '—'
            )}
          </Cell>
        </TableRow>
      ))}
    </DataTable>
  );
}
