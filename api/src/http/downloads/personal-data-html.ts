import escapeHtml from 'escape-html';
import type { PersonalDataExport } from '../../contracts/privacy.js';

/**
 * A person's data as a document they can read, keep or print: one section per kind of
 * record, each record as a list of what it says. Everything in it is escaped, since most
 * of it is what people typed.
 */

const STYLE = `
  body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem auto; max-width: 50rem; padding: 0 1rem; color: #1b1b1b; }
  h2 { margin-top: 2.5rem; border-top: 1px solid #767676; padding-top: 1rem; }
  ol.records { padding-left: 1.5rem; }
  ol.records > li { margin-bottom: 1rem; }
  dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
  @media print { h2 { break-after: avoid; } li { break-inside: avoid; } }
`;

function label(column: string): string {
  const words = column.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (value instanceof Date) return DATE_TIME.format(value);
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(valueText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

function recordHtml(row: Record<string, unknown>): string {
  const pairs = Object.entries(row).map(([column, value]) => `<dt>${escapeHtml(label(column))}</dt><dd>${escapeHtml(valueText(value))}</dd>`);
  return `<li><dl>${pairs.join('')}</dl></li>`;
}

function sectionHtml(section: PersonalDataExport['sections'][number]): string {
  const id = `section-${section.key}`;
  const body = section.rows.length === 0 ? '<p>Nothing.</p>' : `<ol class="records">${section.rows.map(recordHtml).join('\n')}</ol>`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(section.title)}</h2><p>${escapeHtml(section.about)}</p>${body}</section>`;
}

export function personalDataHtml(data: PersonalDataExport): string {
  const name = escapeHtml(data.person.displayName);
  const made = DATE_TIME.format(new Date(data.generatedAt));
  const contents = data.sections
    .map((section) => `<li><a href="#section-${section.key}">${escapeHtml(section.title)}</a> (${section.rows.length})</li>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Digital Culture Hub: the data we hold about ${name}</title><style>${STYLE}</style></head>
<body><main>
<h1>The data Digital Culture Hub holds about ${name}</h1>
<p>Made on ${escapeHtml(made)}. This is everything the hub holds about you, as it was then. If something is wrong, tell HR: you have the right to have it corrected.</p>
<nav aria-label="Contents"><h2>Contents</h2><ul>${contents}</ul></nav>
${data.sections.map(sectionHtml).join('\n')}
</main></body>
</html>
`;
}
