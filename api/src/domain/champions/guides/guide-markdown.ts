import { escapeHtml, renderInline } from './markdown-inline.js';

/**
 * Turns a guide's Markdown into HTML that is safe to put in the page as it is. Rather than
 * render everything and then try to clean it, the renderer knows a small set of blocks
 * (headings, paragraphs, lists, quotes, code, rules) and writes only those tags: anything
 * else the author typed, HTML included, is escaped and shown as text.
 *
 * The page's own title is the h1, so a guide's `#` becomes an h2, `##` an h3, and so on.
 */

/** Deeper than anyone writes by hand; the limit keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 8;
const HEADING_SHIFT = 1;

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)\s*$/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const LIST_ITEM = /^( {0,12})([-*+]|\d{1,9}[.)])\s+(.*)$/;

type ListKind = 'ul' | 'ol';

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

function listKind(marker: string): ListKind {
  return /\d/.test(marker) ? 'ol' : 'ul';
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line);
}

class BlockRenderer {
  private index = 0;

  constructor(
    private readonly lines: readonly string[],
    private readonly depth: number,
  ) {}

  render(): string {
    const html: string[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.trim() === '') this.index += 1;
      else html.push(this.block(line));
    }
    return html.join('\n');
  }

  private block(line: string): string {
    const nested = this.depth < MAX_DEPTH;
    let match: RegExpExecArray | null;
    if ((match = FENCE.exec(line))) return this.fence(match[1]!);
    if ((match = HEADING.exec(line))) {
      this.index += 1;
      const level = Math.min(6, match[1]!.length + HEADING_SHIFT);
      return `<h${level}>${renderInline(match[2] ?? '')}</h${level}>`;
    }
    if (RULE.test(line)) {
      this.index += 1;
      return '<hr>';
    }
    if (nested && QUOTE.test(line)) return this.quote();
    if (nested && (match = LIST_ITEM.exec(line))) return this.list(indentOf(line), listKind(match[2]!), match[2]!);
    return this.paragraph();
  }

  private fence(marker: string): string {
    const code: string[] = [];
    this.index += 1;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      this.index += 1;
      const closing = FENCE.exec(line);
      if (closing && closing[1]![0] === marker[0] && closing[1]!.length >= marker.length && closing[2] === '') break;
      code.push(line);
    }
    return `<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`;
  }

  private quote(): string {
    const inner: string[] = [];
    while (this.index < this.lines.length) {
      const match = QUOTE.exec(this.lines[this.index]!);
      if (!match) break;
      inner.push(match[1]!);
      this.index += 1;
    }
    return `<blockquote>\n${new BlockRenderer(inner, this.depth + 1).render()}\n</blockquote>`;
  }

  /** The lines up to a blank one or the start of another block, as one paragraph. */
  private paragraphLines(): string[] {
    const text = [this.lines[this.index]!.trim()];
    this.index += 1;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.trim() === '' || startsBlock(line)) break;
      text.push(line.trim());
      this.index += 1;
    }
    return text;
  }

  private paragraph(): string {
    return `<p>${renderInline(this.paragraphLines().join('\n'))}</p>`;
  }

  private list(baseIndent: number, kind: ListKind, firstMarker: string): string {
    const items: string[] = [];
    while (this.index < this.lines.length) {
      const match = LIST_ITEM.exec(this.lines[this.index]!);
      if (!match || indentOf(this.lines[this.index]!) !== baseIndent || listKind(match[2]!) !== kind) break;
      items.push(this.listItem(baseIndent, match[3]!));
    }
    const start = kind === 'ol' ? Number.parseInt(firstMarker, 10) : 1;
    const open = kind === 'ol' && start !== 1 ? `<ol start="${start}">` : `<${kind}>`;
    return `${open}\n${items.join('\n')}\n</${kind}>`;
  }

  /**
   * One item: its first line and any lines that carry on from it, then whatever is indented
   * under it (a further paragraph, a list within the list) rendered as blocks of their own.
   */
  private listItem(baseIndent: number, firstLine: string): string {
    const words = [firstLine.trim()];
    this.index += 1;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.trim() === '' || startsBlock(line)) break;
      words.push(line.trim());
      this.index += 1;
    }
    const under: string[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.trim() === '') {
        // A blank line ends the item unless what follows is indented under it.
        const next = this.lines.slice(this.index + 1).find((candidate) => candidate.trim() !== '');
        if (next === undefined || indentOf(next) <= baseIndent) break;
        under.push('');
      } else if (indentOf(line) > baseIndent) {
        under.push(line.slice(Math.min(indentOf(line), baseIndent + 2)));
      } else break;
      this.index += 1;
    }
    const rest = under.length > 0 ? `\n${new BlockRenderer(under, this.depth + 1).render()}` : '';
    return `<li>${renderInline(words.join('\n'))}${rest}</li>`;
  }
}

export function renderGuideMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  return new BlockRenderer(lines, 0).render();
}
