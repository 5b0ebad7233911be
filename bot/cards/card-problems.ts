/**
 * Checks a card against what Teams can render and what the house rules ask of every
 * card (version 1.5, `speak`, alt text, labelled inputs, full width, size). It walks the
 * card's JSON rather than trusting the TypeScript types, so it also catches cards built
 * from data or edited by hand. Returns one sentence per problem; an empty list is a pass.
 */
import { ADAPTIVE_CARD_VERSION } from './adaptive-card.js';

// Every element and action type in Adaptive Cards schema 1.5, the newest Teams renders.
const ELEMENT_TYPES = new Set([
  'TextBlock',
  'RichTextBlock',
  'Image',
  'ImageSet',
  'Media',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const INLINE_TYPES = new Set(['TextRun']);
const ACTION_TYPES = new Set([
  'Action.OpenUrl',
  'Action.Submit',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute',
]);

/** Teams refuses a message whose payload is over about 28 KB; keep well inside it. */
export const MAX_CARD_BYTES = 28 * 1024;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function childrenOf(node: Json): Array<[string, unknown]> {
  const children: Array<[string, unknown]> = [];
  for (const key of ['body', 'items', 'columns', 'rows', 'cells', 'images', 'actions', 'inlines']) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child, index) => children.push([`${key}[${index}]`, child]));
  }
  for (const key of ['selectAction', 'card', 'inlineAction']) {
    if (node[key] !== undefined) children.push([key, node[key]]);
  }
  return children;
}

function problemsOfNode(node: Json, where: string, ids: Map<string, string>, problems: string[]): void {
  const type = node.type;
  if (!isNonEmptyString(type)) {
    problems.push(`${where}: has no type`);
    return;
  }
  const known = ELEMENT_TYPES.has(type) || ACTION_TYPES.has(type) || INLINE_TYPES.has(type);
  if (!known && type !== 'AdaptiveCard') problems.push(`${where}: ${type} is not an Adaptive Card 1.5 element or action`);

  if (isNonEmptyString(node.id)) {
    const first = ids.get(node.id);
    if (first) problems.push(`${where}: id "${node.id}" is already used at ${first}`);
    else ids.set(node.id, where);
  }

  if ((type === 'TextBlock' || type === 'TextRun') && !isNonEmptyString(node.text)) {
    problems.push(`${where}: ${type} has no text`);
  }
  if (type === 'Image') {
    if (!isNonEmptyString(node.url)) problems.push(`${where}: Image has no url`);
    if (!isNonEmptyString(node.altText)) problems.push(`${where}: Image has no altText for screen-reader users`);
  }
  if (type.startsWith('Input.')) {
    if (!isNonEmptyString(node.id)) problems.push(`${where}: ${type} has no id, so its value cannot be submitted`);
    if (!isNonEmptyString(node.label)) problems.push(`${where}: ${type} has no label for screen-reader users`);
  }
  if (ACTION_TYPES.has(type) && !isNonEmptyString(node.title)) problems.push(`${where}: ${type} has no title`);
  if (type === 'Action.OpenUrl' && !isNonEmptyString(node.url)) problems.push(`${where}: Action.OpenUrl has no url`);
  if (type === 'Action.ShowCard' && !isObject(node.card)) problems.push(`${where}: Action.ShowCard has no card`);

  for (const [key, child] of childrenOf(node)) {
    if (!isObject(child)) {
      problems.push(`${where}.${key}: is not an object`);
      continue;
    }
    if (key === 'card') {
      // A ShowCard's inner card is a card of its own but shares the outer card's inputs.
      if (child.type !== 'AdaptiveCard') problems.push(`${where}.card: type must be AdaptiveCard`);
    }
    problemsOfNode(child, `${where}.${key}`, ids, problems);
  }
}

export function findCardProblems(card: unknown): string[] {
  if (!isObject(card)) return ['card: is not an object'];
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push('card: type must be AdaptiveCard');
  if (card.version !== ADAPTIVE_CARD_VERSION) {
    problems.push(`card: version must be ${ADAPTIVE_CARD_VERSION} (what Teams renders), not ${String(card.version)}`);
  }
  if (!isNonEmptyString(card.speak)) problems.push('card: speak text is missing');
  if (!isObject(card.msteams) || card.msteams.width !== 'Full') problems.push("card: msteams.width must be 'Full'");
  if (!Array.isArray(card.body) || card.body.length === 0) problems.push('card: body is empty');

  const size = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (size > MAX_CARD_BYTES) problems.push(`card: is ${size} bytes, over the ${MAX_CARD_BYTES} bytes Teams accepts`);

  problemsOfNode(card, 'card', new Map(), problems);
  return problems;
}
