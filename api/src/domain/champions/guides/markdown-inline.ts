/**
 * The inline part of the guide renderer: bold, italic, code, links. It writes every tag
 * itself and escapes every character the author typed, so no markup from the author can
 * reach the page; a link is kept only when its address is one we allow.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Web and e-mail addresses, and paths within the hub; never javascript:, data:, vbscript: or anything else. */
export function safeHref(raw: string): { href: string; external: boolean } | undefined {
  const address = raw.trim();
  if (/^\/(?!\/)[^\s\\]*$/.test(address)) return { href: address, external: false };
  if (!/^(https?:\/\/|mailto:)/i.test(address)) return undefined;
  try {
    const url = new URL(address);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return undefined;
    return { href: url.href, external: true };
  } catch {
    // Not a well-formed address: the words are shown without a link.
    return undefined;
  }
}

export function linkHtml(href: { href: string; external: boolean }, innerHtml: string): string {
  const newTab = href.external ? ' target="_blank"' : '';
  const hint = href.external ? '<span class="guide-visually-hidden"> (opens in a new tab)</span>' : '';
  return `<a href="${escapeHtml(href.href)}"${newTab} rel="noopener noreferrer">${innerHtml}${hint}</a>`;
}

// Sticky patterns, each bounded in length so that no input can make them take long.
const ESCAPED = /\\([\\`*_[\]()#+\-.!<>{}|~])/y;
const CODE = /(`{1,3})([^`\n](?:[^\n]{0,998}?[^`\n])?)\1(?!`)/y;
// An address may hold one level of brackets, as Wikipedia's do: `(https://…/Thing_(idea))`.
const LINK = /(!?)\[([^\]\n]{0,500})\]\(\s*<?((?:[^()\s<>]|\([^()\s<>]{0,500}\)){0,2000})>?(?:\s+"[^"\n]{0,200}")?\s*\)/y;
const ANGLE_LINK = /<((?:https?:\/\/|mailto:)[^<>\s]{1,2000})>/y;
const BARE_URL = /https?:\/\/[^\s<>"]{1,2000}/y;
const STRONG = /(\*\*|__)(?=\S)([^\n]{0,1000}?\S)\1/y;
const EMPHASIS = /(\*|_)(?=[^\s*_])([^\n]{0,1000}?[^\s*_])\1(?![*_])/y;

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** A bare address ends before trailing punctuation, which belongs to the sentence. */
function trimUrl(url: string): string {
  return url.replace(/[.,:;!?'")\]]+$/, '');
}

/** Renders one paragraph's worth of text. Inside a link's words, nothing makes another link. */
export function renderInline(text: string, inLink = false): string {
  let html = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const before = index > 0 ? text[index - 1]! : ' ';
    let match: RegExpExecArray | null;

    if (char === '\\' && (match = at(ESCAPED, text, index))) {
      html += escapeHtml(match[1]!);
    } else if (char === '\n') {
      match = null;
      html += '\n';
    } else if (char === '`' && (match = at(CODE, text, index))) {
      html += `<code>${escapeHtml(match[2]!.trim() || match[2]!)}</code>`;
    } else if ((char === '[' || char === '!') && (match = at(LINK, text, index))) {
      const href = safeHref(match[3]!);
      const words = renderInline(match[2]! || match[3]!, true);
      // Pictures are shown as links to them: a guide never loads anything from elsewhere by itself.
      html += href && !inLink ? linkHtml(href, words) : words;
    } else if (char === '<' && !inLink && (match = at(ANGLE_LINK, text, index))) {
      const href = safeHref(match[1]!);
      html += href ? linkHtml(href, escapeHtml(match[1]!)) : escapeHtml(match[0]);
    } else if (char === 'h' && !inLink && !/[\w/]/.test(before) && (match = at(BARE_URL, text, index))) {
      const url = trimUrl(match[0]);
      const href = safeHref(url);
      html += href ? linkHtml(href, escapeHtml(url)) : escapeHtml(url);
      index += url.length;
      continue;
    } else if ((char === '*' || char === '_') && !(char === '_' && /\w/.test(before)) && (match = at(STRONG, text, index) ?? at(EMPHASIS, text, index))) {
      const tag = match[1]!.length === 2 ? 'strong' : 'em';
      // Underscores inside words (file_name_here) are not emphasis.
      if (match[1]![0] === '_' && /\w/.test(text[index + match[0].length] ?? '')) {
        html += escapeHtml(char);
        index += 1;
        continue;
      }
      html += `<${tag}>${renderInline(match[2]!, inLink)}</${tag}>`;
    } else {
      match = null;
      html += escapeHtml(char);
    }
    index += match ? match[0].length : 1;
  }
  return html;
}
