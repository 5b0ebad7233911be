import { UNREACHABLE_REASONS, type ComplianceReminderResult } from '../../../../api/src/contracts/service-plans';
import { plural } from '../../components/format';

const WHY: Record<(typeof UNREACHABLE_REASONS)[number], string> = {
  'no-chat': 'the head of service has not started a chat with the hub’s bot',
  'no-head': 'the service has no head of service in the directory',
};

/**
 * What pressing "Remind" did, in sentences: sent, already reminded this week, and who could
 * not be reached, grouped by why, so that a long list still reads as a few sentences.
 */
export function reminderResultText(result: ComplianceReminderResult): string {
  const sentences = [result.sent === 0 ? 'No reminders were sent.' : `Sent ${plural(result.sent, 'reminder')} in Teams.`];
  if (result.alreadyReminded > 0) {
    sentences.push(`${plural(result.alreadyReminded, 'head of service was', 'heads of service were')} already reminded this week, so not again.`);
  }
  for (const reason of UNREACHABLE_REASONS) {
    const services = result.unreachable.filter((line) => line.reason === reason).map((line) => line.service.name);
    if (services.length > 0) sentences.push(`Not reached, as ${WHY[reason]}: ${services.join(', ')}.`);
  }
  return sentences.join(' ');
}

/** Green only when everyone it meant to remind was reminded. */
export function reminderResultIntent(result: ComplianceReminderResult): 'success' | 'warning' | 'info' {
  if (result.notReachable > 0) return 'warning';
  return result.sent > 0 ? 'success' : 'info';
}
