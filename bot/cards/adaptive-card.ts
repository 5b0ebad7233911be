/**
 * The Adaptive Card shapes the hub's cards are built from, and the one function that
 * wraps a body into a card Teams will render the way we want.
 *
 * Teams renders Adaptive Cards up to schema 1.5, so every card declares 1.5; newer
 * elements (1.6 and later) would silently fall back or fail on some Teams clients.
 */
export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  /** Lets screen readers announce headings as headings (schema 1.5). */
  style?: 'default' | 'heading';
}

export interface Image {
  type: 'Image';
  url: string;
  /** Required by the house rules: every image is described for screen-reader users. */
  altText: string;
  size?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
  style?: 'Default' | 'Person';
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  spacing?: Spacing;
  separator?: boolean;
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
  spacing?: Spacing;
}

export interface Column {
  type: 'Column';
  items: CardElement[];
  width?: 'auto' | 'stretch' | string;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: Spacing;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export interface Choice {
  title: string;
  value: string;
}

/** A question with fixed answers. `label` is what screen readers announce for it. */
export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: Choice[];
  style?: 'compact' | 'expanded';
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  /** Long answers wrap instead of being cut off on narrow screens. */
  wrap?: boolean;
  spacing?: Spacing;
  separator?: boolean;
}

/** Free text. `label` is what screen readers announce for it. */
export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export interface InputNumber {
  type: 'Input.Number';
  id: string;
  label: string;
  min?: number;
  max?: number;
  value?: number;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export type CardElement = TextBlock | Image | Container | FactSet | ColumnSet | ActionSet | InputChoiceSet | InputText | InputNumber;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
}

/**
 * A Universal Action: Teams sends an `adaptiveCard/action` invoke to the bot, and the card
 * the bot answers with replaces this one for the person who pressed it.
 */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  /** Whether Teams checks the card's inputs first (an Accept button need not). */
  associatedInputs?: 'auto' | 'none';
  style?: 'default' | 'positive' | 'destructive';
}

export type CardAction = OpenUrlAction | SubmitAction | ExecuteAction;

/** Asks Teams to fetch the card afresh (for up to 60 named users) each time it is shown. */
export interface CardRefresh {
  action: { type: 'Action.Execute'; verb: string; data: Record<string, unknown> };
  userIds?: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  /** What a screen reader or a voice assistant reads out instead of walking the card. */
  speak: string;
  /** Shown by clients that cannot render the card at all (for example some notifications). */
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
  refresh?: CardRefresh;
  /** Teams narrows cards to a chat bubble unless asked; full width reads better on phones. */
  msteams: { width: 'Full' };
}

export function adaptiveCard(content: {
  speak: string;
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
  refresh?: CardRefresh;
}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    speak: content.speak,
    fallbackText: content.fallbackText,
    body: content.body,
    ...(content.actions && content.actions.length > 0 ? { actions: content.actions } : {}),
    ...(content.refresh ? { refresh: content.refresh } : {}),
    msteams: { width: 'Full' },
  };
}

export function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, size: 'Large', weight: 'Bolder', style: 'heading' };
}

export function paragraph(text: string, options: Omit<Partial<TextBlock>, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}
