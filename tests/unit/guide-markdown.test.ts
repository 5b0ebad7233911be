/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GUIDE_LIMITS } from '../../api/src/contracts/guides.js';
import { renderGuideMarkdown } from '../../api/src/domain/champions/guides/guide-markdown.js';
import { fastestRunMs } from '../support/fastest-run.js';

/** The little of the DOM these checks use (the type-check runs without the DOM library). */
interface Element {
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  attributes: ArrayLike<{ name: string }>;
  children: ArrayLike<Element>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}
const { document } = globalThis as unknown as { document: { createElement(tag: string): Element } };

/** The rendered guide as the browser would build it, to check what elements and attributes really exist. */
function parse(markdown: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = renderGuideMarkdown(markdown);
  return holder;
}

const ALLOWED_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'CODE', 'PRE', 'BLOCKQUOTE', 'HR', 'A', 'SPAN']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'target', 'rel', 'class', 'start']);

/** Every element is one the renderer writes; no attribute is an event handler; every link goes somewhere safe. */
function expectOnlySafeMarkup(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS).toContain(element.tagName);
    for (const attribute of Array.from(element.attributes)) expect(ALLOWED_ATTRIBUTES).toContain(attribute.name);
  }
  for (const link of Array.from(root.querySelectorAll('a'))) {
    expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:|\/(?!\/))/);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[click me](javascript:alert(1))',
  '[click me](JaVaScRiPt:alert(document.cookie))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '[spaced]( javascript:alert(1))',
  '[entity](java&#x73;cript:alert(1))',
  '![pic](javascript:alert(1))',
  '<iframe src="https://example.org"></iframe>',
  '<a href="javascript:alert(1)" onclick="alert(1)">link</a>',
  '<svg onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<javascript:alert(1)>',
  '**<b onmouseover=alert(1)>bold</b>**',
  '`<script>in code</script>`',
  '```\n<script>in a code block</script>\n```',
  '> <script>in a quote</script>',
  '- <img src=x onerror=alert(1)>',
  '# <script>heading</script>',
];

describe('renderGuideMarkdown with hostile input', () => {
  it.each(HOSTILE)('lets no markup or unsafe link through: %s', (markdown) => {
    const root = parse(markdown);
    expectOnlySafeMarkup(root);
    expect(root.querySelector('script, iframe, img, svg, div, b, style')).toBeNull();
    // In the HTML as sent, too, every "<" opens a tag the renderer writes itself.
    expect(renderGuideMarkdown(markdown)).not.toMatch(/<(?!\/?(h[2-6]|p|ul|ol|li|strong|em|code|pre|blockquote|hr|a|span)[\s>])/);
  });

  it('shows raw HTML as the text the author typed', () => {
    expect(parse('<script>alert(1)</script>').textContent).toBe('<script>alert(1)</script>');
  });

  it('keeps the words of a link whose address is unsafe, without the address', () => {
    const root = parse('[click me](javascript:alert(1))');
    expect(root.textContent).toBe('click me');
    expect(root.querySelector('a')).toBeNull();
  });

  it('survives everything at once', () => {
    expectOnlySafeMarkup(parse(HOSTILE.join('\n\n')));
  });

  it('finishes quickly on input built to be slow', () => {
    const started = performance.now();
    for (const nasty of ['*'.repeat(20_000), '>'.repeat(20_000), '['.repeat(20_000), '`'.repeat(20_000), '_a'.repeat(10_000), '- '.repeat(10_000), '[a](('.repeat(4000)]) {
      renderGuideMarkdown(nasty);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('renderGuideMarkdown', () => {
  it('makes the guide’s # an h2 under the page’s h1, and so on down', () => {
    const root = parse('# One\n\n## Two\n\n###### Six');
    expect(Array.from(root.children).map((element) => element.tagName)).toEqual(['H2', 'H3', 'H6']);
  });

  it('renders paragraphs, bold, italic and code', () => {
    const root = parse('Press **Ctrl** and *C*, then type `dir`.\n\nNext paragraph.');
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.querySelector('strong')?.textContent).toBe('Ctrl');
    expect(root.querySelector('em')?.textContent).toBe('C');
    expect(root.querySelector('code')?.textContent).toBe('dir');
  });

  it('leaves underscores inside words alone', () => {
    expect(parse('Save it as file_name_here.xlsx').querySelector('em')).toBeNull();
  });

  it('renders numbered steps with a list inside, and a quote', () => {
    const root = parse('1. Open Outlook\n2. Choose **New meeting**\n   - pick a room\n   - pick a time\n3. Send it\n\n> Tip: rooms fill up early.');
    const steps = root.querySelectorAll('ol > li');
    expect(steps).toHaveLength(3);
    expect(steps[1]!.querySelectorAll('ul > li')).toHaveLength(2);
    expect(root.querySelector('blockquote p')?.textContent).toBe('Tip: rooms fill up early.');
  });

  it('keeps a numbered list’s first number', () => {
    expect(parse('3. Third\n4. Fourth').querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('links web and e-mail addresses, opening others’ sites in a new tab, and links within the hub in place', () => {
    const root = parse('See [the guide](https://support.microsoft.com/office), mail <mailto:help@example.org>, visit https://www.ncsc.gov.uk. Or [drop-ins](/drop-ins).');
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://support.microsoft.com/office',
      'mailto:help@example.org',
      'https://www.ncsc.gov.uk/',
      '/drop-ins',
    ]);
    expect(links.map((link) => link.getAttribute('target'))).toEqual(['_blank', '_blank', '_blank', null]);
    expect(links[0]!.textContent).toBe('the guide (opens in a new tab)');
    expectOnlySafeMarkup(root);
  });

  it('shows a code block exactly as written', () => {
    expect(parse('```\nline one\n  <indented>\n```').querySelector('pre code')?.textContent).toBe('line one\n  <indented>');
  });
});

describe('renderGuideMarkdown on any input up to a guide’s longest', () => {
  const renderMs = (markdown: string): number => fastestRunMs(() => renderGuideMarkdown(markdown));

  // Markdown's own characters, so that every rule is tried, and the lines once seen to be slow.
  const markdownish = fc.string({ unit: fc.constantFrom('#', ' ', '*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '-', '\n', '\\', 'a', 'h', ':', '/', '~', '|', '1', '.'), maxLength: GUIDE_LIMITS.bodyMax });
  const repeated = fc
    .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 4 }))
    .map(([unit, start]) => (start + unit.repeat(GUIDE_LIMITS.bodyMax)).slice(0, GUIDE_LIMITS.bodyMax));

  it('takes under 50 ms, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, repeated, fc.string({ maxLength: GUIDE_LIMITS.bodyMax })), (markdown) => {
        expect(renderMs(markdown)).toBeLessThan(50);
      }),
      { numRuns: 150 },
    );
  });

  it('takes under 50 ms on a heading line as long as a guide, which once held the server for an hour', () => {
    // Words, a long run of spaces, then a word: each space once cost a pass over all the rest.
    for (const spaces of [2_996, GUIDE_LIMITS.bodyMax - 4]) {
      expect(renderMs(`# a${' '.repeat(spaces)}b`)).toBeLessThan(50);
    }
  });
});
