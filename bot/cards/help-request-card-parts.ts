import type { HelpRequest } from '../../api/src/contracts/help-requests.js';
import { paragraph, type ActionSet, type CardElement, type CardRefresh, type ExecuteAction, type FactSet } from './adaptive-card.js';
import { HELP_REQUEST_VERBS, type HelpRequestVerb } from './help-request-card-data.js';

/** Pieces the help-request cards share, so every card says a request the same way. */

/** Links a card may offer; each card shows only those that apply to whoever sees it. */
export interface HelpRequestCardLinks {
  /** A Teams chat with the other side: for the requester, the champion; for a champion, the requester. */
  chatUrl?: string | null | undefined;
  /** Where a how-to guide opens (the tab's guide page). */
  guideUrl?: ((guideId: string) => string) | undefined;
  /** The requester's site, for champions deciding whether they can help in person. */
  requesterSite?: string | null | undefined;
}

/** The most guides a card lists; the tab shows the rest. */
const MAX_GUIDES = 3;

const WHEN = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "2:30pm on Friday 21 November", in UK time. */
export function whenText(iso: string): string {
  const parts = WHEN.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replace(/\s|\./g, '')} on ${part('weekday')} ${part('day')} ${part('month')}`;
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}

/** The person's own words, set apart from the card's wording. */
export function questionBlock(request: Pick<HelpRequest, 'question'>): CardElement {
  return { type: 'Container', style: 'emphasis', spacing: 'Medium', items: [paragraph(`“${request.question}”`)] };
}

export function requestFacts(request: HelpRequest, links: HelpRequestCardLinks, options: { asker: boolean }): FactSet {
  const facts = [{ title: 'Kind of help', value: request.categoryTitle }];
  if (options.asker) facts.push({ title: 'Asked by', value: request.requester.displayName });
  if (options.asker && links.requesterSite) facts.push({ title: 'Their site', value: links.requesterSite });
  facts.push({ title: 'Asked at', value: whenText(request.createdAt) });
  return { type: 'FactSet', facts, spacing: 'Medium' };
}

/** Published guides for the request's skill, as links, when the card knows where guides open. */
export function guideLinks(request: HelpRequest, links: HelpRequestCardLinks): CardElement[] {
  const guideUrl = links.guideUrl;
  if (!guideUrl || request.guides.length === 0) return [];
  const guides = request.guides.slice(0, MAX_GUIDES);
  const actions: ActionSet = {
    type: 'ActionSet',
    actions: guides.map((guide) => ({ type: 'Action.OpenUrl', title: `Guide: ${guide.title}`, url: guideUrl(guide.id) })),
  };
  return [paragraph('How-to guides that may help:', { spacing: 'Medium', weight: 'Bolder' }), actions];
}

/** What was wrong with the last press, above the form it came from. */
export function problemBlock(problems: readonly string[], headline = 'Nothing has been saved yet.'): CardElement[] {
  if (problems.length === 0) return [];
  return [
    {
      type: 'Container',
      style: 'attention',
      items: [paragraph(headline, { weight: 'Bolder' }), ...problems.map((problem) => paragraph(problem, { spacing: 'Small' }))],
    },
  ];
}

/** A button that runs `verb` for the request; presses that only decide (Accept, Pass) send no inputs. */
export function executeAction(
  verb: HelpRequestVerb,
  title: string,
  requestId: string,
  options: { withInputs?: boolean; style?: ExecuteAction['style'] } = {},
): ExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: { requestId },
    associatedInputs: options.withInputs ? 'auto' : 'none',
    ...(options.style ? { style: options.style } : {}),
  };
}

/** Asks Teams to fetch the card for the person looking at it, so a card never shows a request as it was. */
export function refreshFor(requestId: string): CardRefresh {
  return { action: { type: 'Action.Execute', verb: HELP_REQUEST_VERBS.refresh, data: { requestId } } };
}
