import { Table, TableBody, TableHeader, TableRow } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';

/**
 * A table named by `label`, in a ScrollRegion named “<label>, as a table” so that a wide
 * table scrolls by itself (and can be scrolled with the keyboard) instead of the page.
 */
export function DataTable({ label, className, head, children }: { label: string; className?: string; head: ReactNode; children: ReactNode }) {
  return (
    <ScrollRegion label={`${label}, as a table`}>
      <Table className={className} aria-label={label}>
        <TableHeader>
          <TableRow>{head}</TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </ScrollRegion>
  );
}
