import { wordsOf } from './route-help-request.js';

/**
 * Which skills-framework category a request in someone's own words is about. The bot and
 * the tab propose it; the person confirms or changes it, so a plain word list that is
 * right most of the time is enough, and one that says "don't know" beats a wrong guess.
 *
 * Words are matched after `wordsOf` (lower case, a plural "s" taken off). A word worth 2
 * points to one category strongly ("phishing"); a word worth 1 only leans ("email").
 */
type WordList = Readonly<Record<string, number>>;

export const CATEGORY_WORDS: Readonly<Record<string, WordList>> = {
  foundation: {
    password: 2, wifi: 2, 'wi fi': 2, keyboard: 2, mouse: 2, touchscreen: 2, browser: 2, 'locked out': 2, login: 1, 'log in': 1,
    'sign in': 1, internet: 1, device: 1, laptop: 1, tablet: 1, screen: 1, bigger: 1, zoom: 1, magnifier: 2, 'turn on': 1, charge: 1,
  },
  'managing-information': {
    search: 2, google: 2, bookmark: 2, download: 2, 'search engine': 2, find: 1, save: 1, folder: 1, history: 1, website: 1, photo: 1,
  },
  communicating: {
    whatsapp: 2, 'video call': 2, 'social media': 1, facebook: 2, message: 1, text: 1, share: 1, comment: 1, post: 1, contact: 1, chat: 1,
  },
  transacting: {
    buy: 2, pay: 2, payment: 2, order: 1, shop: 2, shopping: 2, bank: 2, banking: 2, 'app store': 2, install: 1, app: 1, book: 1, booking: 1, ticket: 1,
  },
  'problem-solving': {
    fix: 2, broken: 2, error: 2, troubleshoot: 2, 'not working': 2, 'doesnt work': 2, 'wont work': 2, fake: 2, true: 1, fact: 1, verify: 2,
    source: 1, problem: 1, crash: 2, frozen: 2,
  },
  creating: {
    form: 1, document: 1, word: 2, poster: 2, leaflet: 2, presentation: 2, powerpoint: 2, slide: 2, create: 1, make: 1, edit: 1, video: 1,
    design: 2, letter: 1, template: 1,
  },
  'safe-and-legal': {
    phishing: 3, scam: 3, suspicious: 2, virus: 3, malware: 3, hacked: 3, hack: 2, fraud: 2, spam: 2, secure: 2, security: 2, privacy: 2,
    gdpr: 3, 'data protection': 3, 'personal data': 2, copyright: 3, 'back up': 2, backup: 2, update: 1, safe: 1, dodgy: 2,
  },
  'digital-at-work': {
    teams: 2, outlook: 2, calendar: 2, meeting: 1, onedrive: 3, sharepoint: 3, excel: 3, spreadsheet: 3, formula: 2, pivot: 2, payslip: 2,
    'self service': 2, vpn: 2, 'working from home': 2, 'home working': 2, 'case system': 2, email: 1, inbox: 2, 'shared drive': 2,
    'shared mailbox': 3, 'out of office': 3,
  },
};

export interface CategoryChoice {
  key: string;
  title: string;
  /** Words from the framework itself (titles, statements), for categories the council added. */
  text?: string;
}

const FRAMEWORK_WORD_WEIGHT = 1;
/** Words from a framework's own text that would point everywhere. */
const COMMON = new Set(
  'a an and any are at be before by can do for from get go have help how i if in into is it its me my of on or out so that the their them then they this to up use using what when where which who why with you your work online digital council thing things'.split(' '),
);

function phrasesOf(words: readonly string[]): Set<string> {
  const phrases = new Set(words);
  for (let index = 0; index + 1 < words.length; index += 1) {
    phrases.add(`${words[index]} ${words[index + 1]}`);
    if (index + 2 < words.length) phrases.add(`${words[index]} ${words[index + 1]} ${words[index + 2]}`);
  }
  return phrases;
}

/** A curated list's entries, with the same plural handling as the words they are compared with. */
function normalisedList(list: WordList): [string, number][] {
  return Object.entries(list).map(([phrase, weight]) => [wordsOf(phrase).join(' '), weight]);
}

const NORMALISED = new Map(Object.entries(CATEGORY_WORDS).map(([key, list]) => [key, normalisedList(list)]));

function scoreOf(category: CategoryChoice, phrases: ReadonlySet<string>): number {
  const curated = NORMALISED.get(category.key);
  if (curated) return curated.reduce((sum, [phrase, weight]) => (phrases.has(phrase) ? sum + weight : sum), 0);
  // A category the council added: its own title and statements are its word list.
  const own = new Set(wordsOf(`${category.title} ${category.text ?? ''}`).filter((word) => word.length > 2 && !COMMON.has(word)));
  let score = 0;
  for (const word of own) if (phrases.has(word)) score += FRAMEWORK_WORD_WEIGHT;
  return score;
}

/**
 * The category the words point to most, or null when they point nowhere. A tie goes to the
 * category that comes first in the framework.
 */
export function suggestCategoryKey(text: string, categories: readonly CategoryChoice[]): string | null {
  const phrases = phrasesOf(wordsOf(text));
  let best: { key: string; score: number } | undefined;
  for (const category of categories) {
    const score = scoreOf(category, phrases);
    if (score > 0 && (!best || score > best.score)) best = { key: category.key, score };
  }
  return best?.key ?? null;
}
