import { LEVEL_LABELS, type AuditReport } from '../../api/src/contracts/skills-audit.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { countOf, longDate } from './audit-wording.js';

export interface AuditReportCardInput {
  report: AuditReport;
  /** The full report in the tab, when the bot knows how to link to it. */
  reportUrl?: string | undefined;
}

function verdict(report: AuditReport): string {
  if (report.basicSkills.met) return 'You have the basic digital skills.';
  const missing = report.basicSkills.missingCategories.map((category) => category.title).join(', ');
  return `You don’t have all the basic digital skills yet. Your learning plan can help with: ${missing}.`;
}

function counts(report: AuditReport): string {
  return [
    `${countOf(report.strengths.length, 'task', 'tasks')} you have done in the last 3 months`,
    `${countOf(report.decays.length, 'task', 'tasks')} to refresh`,
    `${countOf(report.gaps.length, 'task', 'tasks')} to learn`,
  ].join(' · ');
}

/** The summary sent straight after submitting (and when someone who has finished types "audit"). */
export function buildAuditReportCard(input: AuditReportCardInput): AdaptiveCard {
  const { report } = input;
  const levels = report.categories.map((category) => ({ title: category.title, value: LEVEL_LABELS[category.level] }));
  const submitted = `${report.campaign.name} · submitted on ${longDate(report.submittedAt)}`;
  const more = input.reportUrl
    ? 'Open your full report for your strengths, what to refresh, and a learning plan with guides, courses and drop-in sessions.'
    : 'Open the hub’s My skills page for your full report and learning plan, with guides, courses and drop-in sessions.';

  const body: CardElement[] = [
    heading('Your skills report'),
    paragraph(submitted, { isSubtle: true, spacing: 'None' }),
    { type: 'Container', style: report.basicSkills.met ? 'good' : 'attention', items: [paragraph(verdict(report), { weight: 'Bolder' })] },
    paragraph('Your level in each group', { weight: 'Bolder', spacing: 'Medium' }),
    { type: 'FactSet', facts: levels, spacing: 'Small' },
    paragraph(counts(report), { spacing: 'Medium' }),
  ];
  if (report.championCandidate) {
    body.push(paragraph('Your skills are strong and up to date: the digital team may ask you to become a Digital Champion.'));
  }
  body.push(paragraph(more, { spacing: 'Medium' }));
  const actions: CardAction[] = input.reportUrl ? [{ type: 'Action.OpenUrl', title: 'Open my full report', url: input.reportUrl }] : [];

  return adaptiveCard({
    speak: `Your skills report. ${verdict(report)} ${levels.map((level) => `${level.title}: ${level.value}.`).join(' ')} ${counts(report).replaceAll(' · ', ', ')}. ${more}`,
    fallbackText: `Your skills report is ready. ${verdict(report)}`,
    body,
    actions,
  });
}
