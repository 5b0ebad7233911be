import MarkdownIt from 'markdown-it';
import type { Env, Token } from 'markdown-it';
import { safeHref, type SafeHref } from './guide-links.js';

/**
 * Turns a guide's Markdown into HTML that is safe to put in the page as it is, with
 * markdown-it (CommonMark, linear in the length of its input). Raw HTML is off, so anything
 * the author types in angle brackets is shown as text; tables and strikethrough are off, so
 * a guide is written with headings, paragraphs, lists, quotes, code and links alone.
 *
 * Links are checked when they are written out, not when they are parsed: a link to an
 * address we do not allow keeps its words and loses its address. Pictures are shown as
 * links to them: a guide never loads anything from elsewhere by itself.
 *
 * The page's own title is the h1, so a guide's `#` becomes an h2, `##` an h3, and so on.
 */

const HEADING_SHIFT = 1;
/** Deeper than anyone writes by hand; the limit keeps hostile input (`>>>>…`) shallow. */
const MAX_NESTING = 20;

const markdown = new MarkdownIt('commonmark', { html: false, linkify: true, typographer: false, maxNesting: MAX_NESTING });
markdown.enable(['linkify']);
// Only addresses written with their scheme become links; "example.org" stays words.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
// Every address is let through the parser so that the renderer can keep an unsafe link's words.
markdown.validateLink = () => true;

const { rules } = markdown.renderer;
const escapeHtml = markdown.utils.escapeHtml;
const NEW_TAB_HINT = '<span class="guide-visually-hidden"> (opens in a new tab)</span>';

/** One entry per link being written: what its closing tag must add ('' for none). */
type OpenLinks = { close: string }[];

/** The links being written in this render, kept in markdown-it's per-render `env`. */
function openLinksOf(env: Env | undefined): OpenLinks {
  if (!env) throw new Error('A guide is always rendered with an env');
  return ((env as { openLinks?: OpenLinks }).openLinks ??= []);
}

/** An attribute as text (markdown-it's types allow numbers, though it only stores text). */
const attribute = (token: Token, name: string): string => String(token.attrGet(name) ?? '');

function linkOpen(href: SafeHref): string {
  return `<a href="${escapeHtml(href.href)}"${href.external ? ' target="_blank"' : ''} rel="noopener noreferrer">`;
}

function linkClose(href: SafeHref): string {
  return `${href.external ? NEW_TAB_HINT : ''}</a>`;
}

rules.link_open = (tokens, index, _options, env) => {
  const href = safeHref(attribute(tokens[index]!, 'href'));
  openLinksOf(env).push({ close: href ? linkClose(href) : '' });
  return href ? linkOpen(href) : '';
};

rules.link_close = (_tokens, _index, _options, env) => openLinksOf(env).pop()?.close ?? '';

rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const words = self.renderInlineAsText(token.children ?? [], options, env) || attribute(token, 'src');
  const href = safeHref(attribute(token, 'src'));
  // A picture inside a link's words is words: a link never holds another.
  const insideLink = openLinksOf(env).length > 0;
  return href && !insideLink ? `${linkOpen(href)}${escapeHtml(words)}${linkClose(href)}` : escapeHtml(words);
};

function shiftedHeading(token: Token): string {
  const level = Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT);
  return `h${level}`;
}

rules.heading_open = (tokens, index) => `<${shiftedHeading(tokens[index]!)}>`;
rules.heading_close = (tokens, index) => `</${shiftedHeading(tokens[index]!)}>\n`;
// A line break inside a paragraph is a space in the page, as in a soft break.
rules.hardbreak = () => '\n';
// The language named after a fence is not needed to show the code.
rules.fence = (tokens, index) => `<pre><code>${escapeHtml(tokens[index]!.content.replace(/\n$/, ''))}</code></pre>\n`;
rules.code_block = rules.fence;

export function renderGuideMarkdown(text: string): string {
  return markdown.render(text, {}).trimEnd();
}
