import { describe, expect, it } from '@jest/globals';
import { FrameworkDocument, type CategoryDocument } from '../../api/src/contracts/skills-framework.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import { DEFAULT_LEARNING_RESOURCES } from '../../api/src/domain/audit/default-learning-resources.js';
import { checkFrameworkDocument, diffFrameworks } from '../../api/src/domain/audit/framework-document.js';
import { pathName } from '../../api/src/domain/shared/zod-field-errors.js';
import { frameworkDocument } from '../factories/audit.js';

function copy<T>(value: T): T {
  return structuredClone(value);
}

function errorsOf(input: unknown, prefix = ''): { field: string; message: string }[] {
  const checked = checkFrameworkDocument(input, prefix);
  if (checked.ok) throw new Error('expected the document to be refused');
  return checked.errors;
}

/** The UK Basic Digital Skills tasks, word for word, by category. */
const SEED_TASKS: Record<string, string[]> = {
  'managing-information': [
    'Use a search engine to look for information online',
    'Download/save a photo you found online',
    'Find a website you have visited before',
  ],
  communicating: [
    'Send a personal message to another person via email or online messaging service',
    'Carefully make comments and share information online',
  ],
  transacting: ['Buy items or services from a website', 'Buy and install apps on a device'],
  'problem-solving': [
    'Solve a problem you have with a device or digital service using online help',
    'Verify sources of information you found online',
  ],
  creating: [
    'Complete online application forms which include personal details',
    'Create something new from existing online images, music or video',
  ],
};

describe('the default framework', () => {
  it('is a valid framework document', () => {
    expect(checkFrameworkDocument(DEFAULT_FRAMEWORK)).toEqual({ ok: true, document: FrameworkDocument.parse(DEFAULT_FRAMEWORK) });
  });

  it('has the eight categories in order', () => {
    expect(DEFAULT_FRAMEWORK.categories.map((category) => category.key)).toEqual([
      'foundation',
      'managing-information',
      'communicating',
      'transacting',
      'problem-solving',
      'creating',
      'safe-and-legal',
      'digital-at-work',
    ]);
  });

  it('holds exactly the Basic Digital Skills tasks in the five basic categories', () => {
    const basic = DEFAULT_FRAMEWORK.categories.filter((category) => category.basic);
    expect(Object.fromEntries(basic.map((category) => [category.key, category.statements.map((statement) => statement.text)]))).toEqual(
      SEED_TASKS,
    );
  });

  it('has 5–6 Foundation, 6–7 safe and legal and 8 Digital at work statements', () => {
    const count = (key: string) => DEFAULT_FRAMEWORK.categories.find((category) => category.key === key)!.statements.length;
    expect(count('foundation')).toBeGreaterThanOrEqual(5);
    expect(count('foundation')).toBeLessThanOrEqual(6);
    expect(count('safe-and-legal')).toBeGreaterThanOrEqual(6);
    expect(count('safe-and-legal')).toBeLessThanOrEqual(7);
    expect(count('digital-at-work')).toBe(8);
  });

  it('keeps help text to two short sentences at most', () => {
    for (const statement of DEFAULT_FRAMEWORK.categories.flatMap((category) => category.statements)) {
      expect(statement.helpText.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length).toBeLessThanOrEqual(2);
    }
  });
});

describe('the default learning resources', () => {
  const statementKeys = new Set(DEFAULT_FRAMEWORK.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
  const categoryKeys = new Set(DEFAULT_FRAMEWORK.categories.map((category) => category.key));

  it('link only to statements and categories of the default framework', () => {
    for (const resource of DEFAULT_LEARNING_RESOURCES) {
      for (const key of resource.statementKeys) expect(statementKeys).toContain(key);
      for (const key of resource.categoryKeys) expect(categoryKeys).toContain(key);
      expect(resource.statementKeys.length + resource.categoryKeys.length).toBeGreaterThan(0);
    }
  });

  it('use only https addresses', () => {
    for (const resource of DEFAULT_LEARNING_RESOURCES) {
      if (resource.url !== null) expect(resource.url).toMatch(/^https:\/\//);
    }
  });
});

describe('pathName', () => {
  it('writes list positions in brackets and properties after dots', () => {
    expect(pathName('body', ['categories', 2, 'statements', 4, 'key'])).toBe('body.categories[2].statements[4].key');
    expect(pathName('', ['categories', 0, 'title'])).toBe('categories[0].title');
  });
});

describe('checkFrameworkDocument', () => {
  it('lists every problem at once, each with its path', () => {
    const document = copy(frameworkDocument());
    document.categories[0]!.title = '';
    document.categories[1]!.statements[1]!.text = 'x';
    (document.categories[2]!.statements[0] as { context: string }).context = 'home';
    const fields = errorsOf(document).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['categories[0].title', 'categories[1].statements[1].text', 'categories[2].statements[0].context']),
    );
    expect(fields).toHaveLength(3);
  });

  it('names fields after the prefix the client sent them in', () => {
    const document = copy(frameworkDocument());
    document.categories[1]!.statements[0]!.text = '';
    expect(errorsOf(document, 'body')).toEqual([{ field: 'body.categories[1].statements[0].text', message: 'is required' }]);
  });

  it('reports a missing field as required', () => {
    const document = copy(frameworkDocument()) as { categories: Partial<CategoryDocument>[] };
    delete document.categories[0]!.description;
    expect(errorsOf(document)).toEqual([{ field: 'categories[0].description', message: 'is required' }]);
  });

  it('refuses a document in another format', () => {
    expect(errorsOf({ ...frameworkDocument(), format: 'something-else' })).toEqual([
      { field: 'format', message: 'must be "digital-culture-hub/skills-framework@1"' },
    ]);
  });

  it('refuses a category key used twice, naming the first use', () => {
    const document = copy(frameworkDocument());
    document.categories[2]!.key = 'cat-1';
    expect(errorsOf(document)).toEqual([{ field: 'categories[2].key', message: '"cat-1" is already the key of categories[0]' }]);
  });

  it('refuses a statement key used twice anywhere in the framework', () => {
    const document = copy(frameworkDocument());
    document.categories[2]!.statements[1]!.key = 'cat-1-s-2';
    document.categories[0]!.statements[1]!.key = 'cat-1-s-1';
    expect(errorsOf(document)).toEqual([
      { field: 'categories[0].statements[1].key', message: '"cat-1-s-1" is already the key of categories[0].statements[0]' },
    ]);
  });

  it('reports duplicates alongside other problems', () => {
    const document = copy(frameworkDocument());
    document.categories[1]!.statements[0]!.key = 'cat-1-s-1';
    document.categories[1]!.title = '';
    expect(errorsOf(document).map((error) => error.field)).toEqual(['categories[1].title', 'categories[1].statements[0].key']);
  });

  it('refuses keys that are not lower-case words joined by hyphens', () => {
    const document = copy(frameworkDocument());
    document.categories[0]!.statements[0]!.key = 'Bad Key';
    expect(errorsOf(document).map((error) => error.field)).toEqual(['categories[0].statements[0].key']);
  });

  it('refuses something that is not a framework at all', () => {
    expect(errorsOf([1, 2, 3])).toEqual([{ field: '(document)', message: 'must be an object' }]);
    expect(errorsOf({}).map((error) => error.field)).toEqual(['format', 'name', 'categories']);
  });
});

describe('diffFrameworks', () => {
  const before = frameworkDocument({ categories: 2, statementsEach: 3 });

  it('finds nothing to save in an identical document, whatever its note says', () => {
    const diff = diffFrameworks(before, { ...copy(before), note: 'Just checking' });
    expect(diff).toEqual({ added: [], retired: [], reworded: [], moved: [], categoriesChanged: [], renamed: false, unchanged: true });
  });

  it('lists added and retired statements', () => {
    const after = copy(before);
    after.categories[0]!.statements.splice(1, 1);
    after.categories[1]!.statements.push({ key: 'new-one', text: 'A new task', helpText: 'Help.', example: 'Example.', context: 'work' });
    const diff = diffFrameworks(before, after);
    expect(diff.added).toEqual(['new-one']);
    expect(diff.retired).toEqual(['cat-1-s-2']);
    expect(diff.moved).toEqual([]);
    expect(diff.unchanged).toBe(false);
  });

  it('counts a change to text, help, example or context as rewording', () => {
    const after = copy(before);
    after.categories[0]!.statements[0]!.text = 'Do something else';
    after.categories[0]!.statements[1]!.helpText = 'Other help.';
    after.categories[1]!.statements[0]!.example = 'Another example.';
    after.categories[1]!.statements[1]!.context = 'work';
    expect(diffFrameworks(before, after).reworded).toEqual(['cat-1-s-1', 'cat-1-s-2', 'cat-2-s-1', 'cat-2-s-2']);
  });

  it('reports one statement, not two, when a statement moves up a place', () => {
    const after = copy(before);
    const statements = after.categories[0]!.statements;
    [statements[1], statements[2]] = [statements[2]!, statements[1]!];
    expect(diffFrameworks(before, after).moved).toEqual(['cat-1-s-3']);
  });

  it('reports a statement moved to another category', () => {
    const after = copy(before);
    const [statement] = after.categories[0]!.statements.splice(0, 1);
    after.categories[1]!.statements.unshift(statement!);
    const diff = diffFrameworks(before, after);
    expect(diff.moved).toEqual(['cat-1-s-1']);
    expect(diff.added).toEqual([]);
  });

  it('does not count statements as moved when one before them is retired', () => {
    const after = copy(before);
    after.categories[0]!.statements.splice(0, 1);
    expect(diffFrameworks(before, after).moved).toEqual([]);
  });

  it('reports category edits and a new name', () => {
    const after = copy(before);
    after.name = 'Renamed';
    after.categories[1]!.description = 'Something new.';
    const edited = diffFrameworks(before, after);
    expect(edited.categoriesChanged).toEqual(['cat-2']);
    expect(edited.renamed).toBe(true);
  });

  it('reports one category as changed when two swap places', () => {
    const after = copy(before);
    after.categories.reverse();
    const diff = diffFrameworks(before, after);
    expect(diff.categoriesChanged).toHaveLength(1);
    expect(diff.moved).toEqual([]);
    expect(diff.unchanged).toBe(false);
  });

  it('treats everything as added when there is no version yet', () => {
    const diff = diffFrameworks(undefined, before);
    expect(diff.added).toHaveLength(6);
    expect(diff.unchanged).toBe(false);
    expect(diff.renamed).toBe(false);
  });
});
