import { TableRow, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PersonRef } from '../../../../api/src/contracts/champions';
import type { Reference } from '../../../../api/src/contracts/common';
import { DataTable } from '../../components/DataTable';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { lastChangedText, servicePlanPath } from './service-plan-format';

const useStyles = makeStyles({
  narrow: { minWidth: '560px' },
  wide: { minWidth: '640px' },
});

/** What every line about a service's plan says, on the list of plans and on the compliance check. */
export interface ServiceLine {
  service: Reference;
  head: PersonRef | null;
  updatedAt: string | null;
}

export interface ServiceLineColumn<T> {
  heading: string;
  cell: (line: T) => ReactNode;
}

/**
 * One row for each service: its plan (a link), its head of service, the columns the page
 * asks for, and when the plan last changed.
 */
export function ServiceLinesTable<T extends ServiceLine>({ label, lines, yearId, columns }: { label: string; lines: readonly T[]; yearId: string | undefined; columns: readonly ServiceLineColumn<T>[] }) {
  const styles = useStyles();
  return (
    <DataTable
      label={label}
      className={columns.length > 1 ? styles.wide : styles.narrow}
      head={
        <>
          <HeadCell>Service</HeadCell>
          <HeadCell>Head of service</HeadCell>
          {columns.map((column) => (
            <HeadCell key={column.heading}>{column.heading}</HeadCell>
          ))}
          <HeadCell>Last changed</HeadCell>
        </>
      }
    >
      {lines.map((line) => (
        <TableRow key={line.service.id}>
          <Cell>
            <RouterLink href={servicePlanPath(line.service.id, yearId)}>{line.service.name}</RouterLink>
          </Cell>
          <Cell>{line.head?.displayName ?? 'No head of service'}</Cell>
          {columns.map((column) => (
            <Cell key={column.heading}>{column.cell(line)}</Cell>
          ))}
          <Cell>{lastChangedText(line.updatedAt)}</Cell>
        </TableRow>
      ))}
    </DataTable>
  );
}
