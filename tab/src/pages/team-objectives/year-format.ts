import type { AppraisalYear, AppraisalYearStatus } from '../../../../api/src/contracts/objectives';

/** How appraisal years read on the page. */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const YEAR_STATUS_LABELS: Record<AppraisalYearStatus, string> = { planned: 'Planned', open: 'Open', closed: 'Closed' };

/** The move HR can make next with a year, and how the button and its question put it. */
export function nextMove(year: AppraisalYear): { to: AppraisalYearStatus; verb: string; question: string; consequence: string } {
  switch (year.status) {
    case 'planned':
      return {
        to: 'open',
        verb: 'Open',
        question: `Open ${year.label}?`,
        consequence: 'People can then write and propose their digital objectives for it, and it becomes the year every page shows first. Only one year can be open at a time.',
      };
    case 'open':
      return {
        to: 'closed',
        verb: 'Close',
        question: `Close ${year.label}?`,
        consequence: 'Its objectives are then kept as they are: nobody can change, agree or check in on them, though managers can still record outcomes.',
      };
    case 'closed':
      return {
        to: 'open',
        verb: 'Reopen',
        question: `Reopen ${year.label}?`,
        consequence: 'People can change and check in on its objectives again. Close any other open year first.',
      };
  }
}
