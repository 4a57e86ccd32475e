/**
 * Speakers as entities: one per person, group, outlet or unnamed source, with a canonical name (the
 * fullest name the article uses), aliases, a description from titles and appositives, and the
 * resolution of later mentions ("Fidan", "the official", "the sources", "he") to them.
 */
import {
  AGENTIVE_PLURAL_ENDINGS,
  DEMONYMS,
  EPITHET_HEADS,
  DESCRIPTIVE_WORDS,
  DETERMINERS,
  GENDERED_HEADS,
  HONORIFICS,
  isListedPersonNoun,
  isPersonNoun,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  TRADE_WORDS,
  OUTLET_WORDS,
  PLACE_WORDS,
  PLURAL_HEADS,
  POSTMODIFIERS,
  PRONOUNS,
  TITLE_WORDS,
} from './speaker-lexicon';
import { isAuxiliary } from './finite-verbs';
import { speechVerbForm } from './speech-verbs';
import { type Token, isCapitalised, isPossessive, tokenize, withoutPossessive } from './tokens';
import type { Speaker, SpeakerKind } from './types';

/** Gender, where the text tells it (honorifics, gendered nouns, pronouns used for the speaker). */
export type Gender = 'm' | 'f';

/** A pronoun that can stand for a speaker. */
export type Pronoun = 'he' | 'she' | 'they' | 'it';

/** One way the text refers to a speaker, analysed. */
export interface Mention {
  /** The words as written ("Turkish Foreign Minister Hakan Fidan", "the official", "he"). */
  readonly text: string;
  readonly pronoun?: Pronoun;
  /** The proper name in it ("Hakan Fidan"). */
  readonly name?: string;
  /** Title or appositive ("Turkish Foreign Minister", "senior Hamas leader"). */
  readonly description?: string;
  /** For an unnamed speaker: the words that name it, without the article ("U.S. official"). */
  readonly label?: string;
  /** For an unnamed speaker: its head noun, lowercase ("official", "sources"). */
  readonly head?: string;
  /** For an unnamed speaker: the words before the head, lowercase ("u.s.", "security"). */
  readonly modifiers: readonly string[];
  readonly plural: boolean;
  readonly gender?: Gender;
  readonly kind: SpeakerKind;
  /** Opened with a definite article ("the official"). */
  readonly definite: boolean;
  /** Opened with an indefinite article ("a federal judge"): someone the text may name later. */
  readonly indefinite?: boolean;
  /**
   * For "a spokesman for the association": the organisation's head noun ("association") and the
   * label without it ("spokesman"), so the speaker can be named after the organisation meant.
   */
  readonly owner?: { readonly head: string; readonly label: string };
  /** For "Its military", "his office": the pronoun that owns the speaker. */
  readonly ownerPronoun?: Pronoun;
}

/** Where something is in a briefing: paragraph (1-based), sentence and character offset. */
export interface Position {
  readonly paragraph: number;
  readonly sentence: number;
  readonly offset: number;
}

/** A proper name found while scanning a briefing, with the title before it. */
export interface NameOccurrence {
  readonly name: string;
  readonly description?: string;
  readonly position: Position;
  /** Whether the name is inside a quotation (it then names the speaker only for canonical names). */
  readonly quoted: boolean;
  readonly gender?: Gender;
  readonly person: boolean;
  /** Written as a possessive ("Hale's prediction"): no subject of its own sentence. */
  readonly possessive?: boolean;
  /** Opens its sentence (its capital letter then proves nothing). */
  readonly initial?: boolean;
  /** The other of a couple named together ("Dale and Rita Munson": "Rita Munson" for "Dale Munson"). */
  readonly partner?: string;
  /** Whether the two named together are brother and sister ("Siblings Tomas and Elena Varga"). */
  readonly siblings?: boolean;
  /** Followed by ", which …": a thing or a body, never a person ("Harmon Health, which owns …"). */
  readonly thing?: boolean;
  /** Named as where something is ("Mercy Valley Hospital in Carlton"): a place, owning nothing said. */
  readonly located?: boolean;
  /** Written after an honorific ("Ms Ellis", "Mr. Haddad"). */
  readonly honorific?: boolean;
}

/** Documents that speak ("a joint statement … The statement said"). */
const DOCUMENT_HEADS = new Set([
  'statement',
  'report',
  'memo',
  'letter',
  'study',
  'filing',
  'survey',
  'assessment',
  'review',
  'audit',
  'email',
  'affidavit',
  'complaint',
  'research',
  'analysis',
  'paper',
]);

/** Documents of research, which a later "the research" or "the study" may name in other words. */
const RESEARCH_HEADS = new Set(['study', 'research', 'survey', 'analysis', 'paper', 'report', 'review']);

/** Whether a description is a company's role ("operator", "the building's new owner"). */
function isCompanyRole(description: string): boolean {
  const words = description.toLowerCase().split(' ');
  return COMPANY_ROLES.has(words[words.length - 1] ?? '');
}

/** Whether an organisation is described by its role as a company ("The operator, Zagros Gas,"). */
const isRoleOfCompany = (e: SpeakerEntity): boolean =>
  e.kind === 'organisation' && !e.head && !!e.description && isCompanyRole(e.description);

/** Nouns of a spouse: "her husband" in a couple named together is the other of the two. */
const SPOUSE_WORDS = new Set(['husband', 'wife', 'spouse', 'partner']);
/** Nouns of a sibling: "her brother" when the two were named together as siblings. */
const SIBLING_WORDS = new Set(['brother', 'sister', 'sibling', 'twin']);
/** Words that name two people together as siblings ("Siblings Tomas and Elena Varga"). */
const SIBLINGS_WORDS = new Set(['siblings', 'twins', 'brothers', 'sisters']);

/** Words of a body's name that a plain noun can stand for ("the union" → "Regional Pilots Association"). */
const BODY_KIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['union', new Set(['association', 'federation', 'guild', 'brotherhood', 'teamsters'])],
]);

/** Plural heads that may stand for bodies named together before ("the two unions", "the groups"). */
const MEMBER_HEADS = new Set(['union', 'club', 'team', 'party', 'bank', 'company']);
/** Characters between two names of a list: ", ", " and ", ", and ". */
const LIST_GAPS = new Set([2, 5, 6]);

/** Bodies a person heads, named by the holder ("the office of X", "the campaign of X"). */
const HOLDERS_BODIES = new Set(['office', 'campaign']);

/** Letters written after a name ("KC", "OBE"). */
const POST_NOMINALS = new Set(['kc', 'qc', 'obe', 'mbe', 'cbe']);

/** Nouns for a person's kin as one group ("her family said", "his relatives said"). */
const KIN_GROUPS = new Set(['family', 'relatives', 'household']);

/** Speaker defaults. */
export const SPEAKER_DEFAULTS = Object.freeze({
  /** How many paragraphs back a pronoun may look for its speaker. */
  pronounReachParagraphs: 3,
  /** How far a name may stand after its honorific's start ("Prof. ", "Mrs "). */
  maxHonorificChars: 6,
  /** Longest noun phrase read as a speaker, in words. */
  maxMentionWords: 12,
  /** Longest phrase of origin kept in a group's name ("ministers from several African countries"). */
  maxOriginWords: 5,
  /** Longest title between an employer's name and the titled name ("… point guard …"), in characters. */
  maxTitleChars: 30,
});

const PP_SPLIT = new Set([
  'of',
  'for',
  'at',
  'from',
  'with',
  'in',
  'on',
  'within',
  'inside',
  'to',
  'near',
  'outside',
  'behind',
  'along',
  'across',
  'around',
  'opposite',
  'beside',
]);

/**
 * Nouns that say what kind of body a name stands for, after it: "the Resolution Foundation think
 * tank", "the Hamas militant group", "the Anadolu news agency".
 */
const KIND_NOUNS = new Set([
  'tank',
  'charity',
  'group',
  'firm',
  'consultancy',
  'agency',
  'organisation',
  'organization',
  'party',
  'movement',
  'coalition',
  'alliance',
  'network',
  'militia',
  'watchdog',
  'regulator',
  'broadcaster',
  'lender',
  'insurer',
]);

/**
 * The name before a kind noun (with its lowercase modifiers): two or more capitalised words, or one
 * after "the" ("the [Resolution Foundation] think tank"); undefined when the words are not so built.
 */
function nameBeforeKindNoun(tokens: readonly Token[]): { start: number; end: number } | undefined {
  const last = tokens[tokens.length - 1];
  if (!last || isCapitalised(last) || !KIND_NOUNS.has(last.lower)) return undefined;
  let k = tokens.length - 1;
  while (k > 0 && tokens.length - k <= 3 && /^[a-z-]+$/.test(tokens[k - 1]?.text ?? '')) k--;
  let n = k;
  while (n > 0 && isNameToken(tokens[n - 1]) && !isPossessive(tokens[n - 1]!.text)) n--;
  const nameWords = k - n;
  const article = n === 1 && tokens[0]?.lower === 'the';
  if (nameWords === 0 || !(n === 0 || article) || (nameWords < 2 && !article)) return undefined;
  return { start: n, end: k };
}

/**
 * Past the title of a named holder whose office, campaign or family speaks ("Prime Minister
 * [Benjamin Netanyahu's office]", "Mayor [Ruth Kline's campaign]"): where the holder's name starts,
 * or `start` when the words are not so built.
 */
function pastHoldersTitle(words: readonly Token[], start: number): number {
  const owner = words.findIndex(
    (t, i) => i > start && i < words.length - 1 && isPossessive(t.text) && isCapitalised(t),
  );
  if (owner < 0 || !isNameToken({ ...words[owner]!, lower: withoutPossessive(words[owner]!.lower) }))
    return start;
  let n = owner;
  while (n > start && isNameToken(words[n - 1]) && !isPossessive(words[n - 1]!.text)) n--;
  if (n === start || n === owner) return start;
  const titles = words.slice(start, n);
  const onlyTitles = titles.every(
    (t) => isCapitalised(t) && (TITLE_WORDS.has(t.lower) || DEMONYMS.has(t.lower) || HONORIFICS.has(t.lower)),
  );
  return onlyTitles ? n : start;
}

/** Bodies of a state, and the words their names use ("the military" may be "the Israel Defense Forces"). */
const STATE_BODY_KIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['military', new Set(['army', 'forces', 'defense', 'defence', 'military'])],
  ['army', new Set(['army', 'forces', 'military'])],
  ['police', new Set(['police', 'constabulary'])],
  ['government', new Set(['government'])],
  ['cabinet', new Set(['cabinet'])],
  ['parliament', new Set(['parliament', 'assembly', 'knesset', 'congress'])],
  ['legislature', new Set(['legislature', 'assembly', 'senate'])],
  ['embassy', new Set(['embassy'])],
]);

/** Lowercase words inside a body's name, never inside a person's ("Friends of the Earth"). */
const BODY_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'and']);

/**
 * Whether the name run starting at `from` is followed by an appositive that makes it a body
 * ("Spotlight on Corruption, an anti-corruption group,").
 */
function describedAsBody(tokens: readonly Token[], from: number): boolean {
  let end = from;
  while (end < tokens.length && isNameToken(tokens[end])) end++;
  if (end === from || tokens[end]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.lower ?? ''))
    return false;
  for (let k = end + 2; k < tokens.length && k <= end + 7; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (ORGANISATION_HEADS.has(t.lower) && [',', '.'].includes(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * Whether an appositive opening at `from` names a body: an article or a possessive, at most six
 * words, and a body's noun before the closing comma or stop ("Britain's third-largest grocery chain,").
 */
function bodyAppositiveAt(tokens: readonly Token[], from: number): boolean {
  const opener = tokens[from];
  if (!opener || opener.kind !== 'word') return false;
  if (!['a', 'an', 'the'].includes(opener.lower) && !isPossessive(opener.lower)) return false;
  for (let k = from + 1; k < tokens.length && k <= from + 6; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if ([',', '.'].includes(tokens[k + 1]?.text ?? ''))
      return (ORGANISATION_HEADS.has(t.lower) || isBusinessNoun(t.lower)) && !isPersonNoun(t.lower);
  }
  return false;
}

/**
 * A body's name written with commas ("the Department for Business, Energy and Industrial Strategy"):
 * capitalised words, "for"/"of" before the first comma, "and" before the last part.
 */
function listedBodyName(text: string): { name: string; definite: boolean } | undefined {
  const tokens = tokenize(text);
  const definite = tokens[0]?.lower === 'the';
  const words = definite ? tokens.slice(1) : tokens;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || !isNameToken(first) || !isNameToken(last)) return undefined;
  const fits = words.every(
    (t, k) =>
      isCapitalised(t) ||
      t.text === ',' ||
      t.text === '&' ||
      t.lower === 'and' ||
      (['for', 'of', 'the'].includes(t.lower) && isCapitalised(words[k + 1])),
  );
  const comma = words.findIndex((t) => t.text === ',');
  const connector = words.findIndex((t) => t.lower === 'for' || t.lower === 'of');
  if (!fits || comma < 0 || connector < 0 || connector > comma || !words.some((t) => t.lower === 'and'))
    return undefined;
  return { name: text.slice(first.start, last.end), definite };
}

/**
 * Where a body's name starts when capitalised title words (and names) stand right before its run
 * `[i, j)` and the run ends in a body's word ("Azerbaijani [Foreign] Ministry"); `i` otherwise.
 */
function titledBodyStart(tokens: readonly Token[], i: number, j: number): number {
  const last = tokens[j - 1];
  if (!last || !isCapitalised(last) || !ORGANISATION_WORDS.has(withoutPossessive(last.lower))) return i;
  let k = i;
  let titles = 0;
  while (k > 0) {
    const t = tokens[k - 1];
    if (!t || t.kind !== 'word' || !isCapitalised(t) || isPossessive(t.text) || HONORIFICS.has(t.lower))
      break;
    if (TITLE_WORDS.has(t.lower)) titles++;
    else if (!isNameToken(t)) break;
    k--;
  }
  return titles > 0 ? k : i;
}

/** Whether a word is a count in figures ("80", "1,200"). */
const isFigure = (word: string): boolean => /^\d[\d,]*$/.test(word);

const lowerFirst = (word: string): string => (word[0] ?? '').toLowerCase() + word.slice(1);
/** The words of a text, with "&" kept as a word inside names ("Maple & Finch"). */
const wordsOf = (text: string): Token[] =>
  tokenize(text)
    .filter((t) => t.kind === 'word' || t.text === '&')
    .map((t) => (t.kind === 'word' ? t : { ...t, kind: 'word' as const }));
const join = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');

/** Whether a token can be part of a proper name. */
function isNameToken(token: Token | undefined): boolean {
  if (!token || !isCapitalised(token)) return false;
  if (isPluralAcronym(token.text)) return false; // "SUVs", "NGOs", "CEOs"
  const lower = withoutPossessive(token.lower);
  // "Premier-designate", "President-elect": a title with a lowercase part joined to it
  const [first = '', ...rest] = token.text.split('-');
  if (rest.length > 0 && TITLE_WORDS.has(first.toLowerCase()) && rest.every((p) => p === p.toLowerCase()))
    return false;
  return !NOT_NAME_WORDS.has(lower) && !TITLE_WORDS.has(lower) && !HONORIFICS.has(lower);
}

/** What a proper name is, from its words. */
export function nameKind(name: string, titled: boolean): SpeakerKind {
  const words = name.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.includes('&') || (words.length > 1 && LEGAL_SUFFIXES.has(last))) return 'organisation';
  // ("Spotlight on Corruption", "Justice for Families": a person's name has no such word inside)
  if (words.length > 2 && words.slice(1, -1).some((w) => BODY_CONNECTORS.has(w))) return 'organisation';
  // ("Atlantic Air" is an airline, though "The Atlantic" is a magazine)
  const bodyLast = words.length > 1 && ORGANISATION_WORDS.has(last) && !OUTLET_WORDS.has(last);
  if (words.some((w) => OUTLET_WORDS.has(w)) && !titled && !bodyLast) return 'outlet';
  if (words.some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w)) && !titled) return 'organisation';
  if (titled) return 'person';
  if (
    words.length >= 2 &&
    !NAME_SUFFIXES.has(last) &&
    words.every((w) => !w.includes('.') || w.length === 2)
  ) {
    return 'person';
  }
  return 'organisation';
}

/** Whether token `i` opens a sentence (its capital letter then says nothing about a name). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    !prev || (prev.kind === 'punct' && ['.', '!', '?', '"', '“', '”', ':', '—', '–'].includes(prev.text))
  );
}

/**
 * Whether a name run goes on across "of" or "for" ("Bank of England", "Friends of the Earth"): an
 * organisation's or place's word in it, or a single word that does not open the sentence. A
 * person's name does not ("Samira Haddad of the University of Cape Coast"), nor a sentence's first
 * word ("Shares of Lumen Devices").
 */
function joinsAcross(run: readonly Token[], opening: boolean): boolean {
  const lower = run.map((t) => withoutPossessive(t.lower));
  if (lower.some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w))) return true;
  return run.length === 1 && !opening;
}

/** The name words right before token `i`. */
function nameRunBefore(tokens: readonly Token[], i: number): Token[] {
  let k = i;
  while (k > 0 && isNameToken(tokens[k - 1])) k--;
  return tokens.slice(k, i);
}

/** Heads of businesses: a one-word name before "the company" is the company, not a place. */
const BUSINESS_HEADS = new Set([
  'railroad',
  'railway',
  'company',
  'firm',
  'carrier',
  'airline',
  'manufacturer',
  'retailer',
  'lender',
  'insurer',
  'developer',
  'operator',
  'startup',
  'business',
  'chipmaker',
  'automaker',
  'carmaker',
  'drugmaker',
  'maker',
  'brand',
  'group',
  'bank',
  'utility',
]);

/** Kinds of business that may open a body's own name ("Bank Leumi", "Group Lotus", "Company Shop"). */
const NAME_OPENING_TRADES = new Set(['bank', 'group', 'brand', 'business', 'company', 'firm', 'utility']);

/** Whether a word names a kind of business ("maker", "carmaker", "retailer"): no person's title. */
const isBusinessNoun = (word: string): boolean => BUSINESS_HEADS.has(word) || word.endsWith('maker');

/**
 * Whether "and" at `j` joins two halves of one organisation's name ("North Yorkshire Fire and
 * Rescue Service", "United Food and Commercial Workers"): capitalised words on both sides, and an
 * organisation's word ending the half after it but none in the half before ("Smith and Jones",
 * "Procter and Gamble" stay apart).
 */
export function andJoinsName(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.lower !== 'and' || !isNameToken(tokens[j - 1]) || !isNameToken(tokens[j + 1])) return false;
  let end = j + 1;
  while (end < tokens.length && (isNameToken(tokens[end]) || NAME_CONNECTORS.has(tokens[end]?.lower ?? '')))
    end++;
  while (end > j + 1 && !isNameToken(tokens[end - 1])) end--;
  let k = j;
  while (k > 0 && (isNameToken(tokens[k - 1]) || NAME_CONNECTORS.has(tokens[k - 1]?.lower ?? ''))) k--;
  // (not "the merger of Skyline Airways and Atlantic Air": the name starts after that "of")
  while (k < j && NAME_CONNECTORS.has(tokens[k]?.lower ?? '')) k++;
  // "Center for Healthcare Quality and Payment Reform": a body "for" a cause names the cause whole
  const body = withoutPossessive(tokens[k]?.lower ?? '');
  if (ORGANISATION_WORDS.has(body) && tokens[k + 1]?.lower === 'for') return true;
  const last = withoutPossessive(tokens[end - 1]?.lower ?? '');
  if (!ORGANISATION_WORDS.has(last) && !ORGANISATION_WORDS.has(singular(last))) return false;
  // "International Federation of Red Cross and Red Crescent Societies": "and" inside the "of" part
  if (tokens.slice(k, j).some((t) => t.lower === 'of' || t.lower === 'for')) return true;
  const before = nameRunBefore(tokens, j).map((t) => withoutPossessive(t.lower));
  return !before.some((w) => ORGANISATION_WORDS.has(w));
}

/** Whether a word is a plural acronym ("SUVs", "NGOs"): no name. */
function isPluralAcronym(text: string): boolean {
  if (text.length < 3 || !text.endsWith('s')) return false;
  const stem = text.slice(0, -1);
  return stem.length >= 2 && stem === stem.toUpperCase() && stem.toLowerCase() !== stem;
}

/** The singular of a plural noun for people ("fans" → "fan", "people" → "person"). */
function singular(word: string): string {
  const irregular: Record<string, string> = {
    people: 'person',
    men: 'man',
    women: 'woman',
    children: 'child',
  };
  const known = irregular[word];
  if (known) return known;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Whether name words can be a person's first name and surname: two words, none an organisation's or place's. */
function looksPersonal(words: readonly Token[]): boolean {
  return (
    words.length === 2 &&
    words.every((t) => !ORGANISATION_WORDS.has(withoutPossessive(t.lower)) && !PLACE_WORDS.has(t.lower))
  );
}

/** Words of public bodies' names, which "the company" never refers to. */
const PUBLIC_BODY_WORDS = new Set([
  'commission',
  'ministry',
  'council',
  'department',
  'agency',
  'government',
  'police',
  'court',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'authority',
  'office',
  'service',
  'union',
  'association',
  'party',
  'army',
  'forces',
  'university',
  'hospital',
  'school',
  'church',
  'committee',
  'bureau',
  'administration',
]);

/** Words that tell a body's reach, not which body it is ("the world body", "the global body"). */
const SCOPE_MODIFIERS = new Set(['world', 'global', 'international', 'regional', 'multilateral']);

/** The words of a title up to its employer or field ("spokeswoman for the X Coalition" → "spokeswoman"). */
function titleHeadWords(description: string | undefined): string[] {
  const words = description?.toLowerCase().split(' ') ?? [];
  const cut = words.findIndex((w, i) => i > 0 && TITLE_PREPOSITIONS.has(w));
  return (cut > 0 ? words.slice(0, cut) : words).map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);
}

/** Abbreviated titles written in full when the person is named by title alone ("Gov. X" … "the governor"). */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gen.', 'general'],
  ['col.', 'colonel'],
  ['maj.', 'major'],
  ['capt.', 'captain'],
  ['cmdr.', 'commander'],
  ['adm.', 'admiral'],
  ['sgt.', 'sergeant'],
  ['supt.', 'superintendent'],
  ['insp.', 'inspector'],
  ['det.', 'detective'],
  ['lt.', 'lieutenant'],
  ['det', 'detective'],
  ['insp', 'inspector'],
  ['supt', 'superintendent'],
  // ("Mrs Justice Eleanor Grant" … "the judge")
  ['justice', 'judge'],
]);

/** Prepositions that end a title and open its employer or field ("head of …", "an analyst at …"). */
const TITLE_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'in', 'from']);

/** Whether a name is a place ("Gaza Strip", "United States") rather than a body that can speak. */
function isPlaceName(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return PLACE_WORDS.has(words[words.length - 1] ?? '') || (words.length === 1 && !isBodyAcronym(name));
}

/** Country initials, which are places though written like a body's ("USA", "UAE"). */
const PLACE_ACRONYMS = new Set(['usa', 'uae', 'drc', 'prc', 'ussr']);

/** Whether a word is a body's initials ("COGAT", "OCHA", "FCA", "OPEC+"): three capitals or more. */
function isBodyAcronym(word: string): boolean {
  const bare = word.endsWith('+') ? word.slice(0, -1) : word;
  if (bare.length < 3 || bare.length > 8 || PLACE_ACRONYMS.has(bare.toLowerCase())) return false;
  return [...bare].every((c) => c >= 'A' && c <= 'Z');
}

/** The initials of a name's capitalised words ("Competition and Markets Authority" → "CMA"). */
function initialsOf(name: string): string {
  return name
    .split(' ')
    .filter((w) => isCapitalised({ kind: 'word', text: w, lower: w.toLowerCase(), start: 0, end: 0 }))
    .map((w) => w[0] ?? '')
    .join('');
}

/** Writes a description with its first word in lowercase when it is a descriptive word ("Senior"). */
function tidyDescription(tokens: readonly Token[]): string | undefined {
  const words = tokens.map((t) => t.text);
  while (words.length > 0 && DETERMINERS.has((words[0] ?? '').toLowerCase())) words.shift();
  if (words.length === 0) return undefined;
  const first = words[0] ?? '';
  if (DESCRIPTIVE_WORDS.has(first.toLowerCase())) words[0] = lowerFirst(first);
  return words.join(' ');
}

/** Splits a phrase at its first preposition that is not inside a name ("spokesman | for the ministry"). */
function splitAtPreposition(tokens: readonly Token[]): [Token[], Token[]] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !PP_SPLIT.has(t.lower)) continue;
    const before = tokens[i - 1];
    let after = tokens[i + 1];
    if (after?.lower === 'the') after = tokens[i + 2];
    if (
      isNameToken(before) &&
      isNameToken(after) &&
      t.lower === 'of' &&
      joinsAcross(nameRunBefore(tokens, i), false)
    )
      continue; // "Bank of England"
    // "Campaign group Access to Cash": "to" inside a body's name set after its kind noun
    if (
      isNameToken(before) &&
      isNameToken(after) &&
      t.lower === 'to' &&
      KIND_NOUNS.has(tokens[i - 2]?.lower ?? '')
    )
      continue;
    // "National Institute for Economic Research", "Centre for Policy Studies": a body's name goes on
    if (
      isNameToken(before) &&
      isNameToken(after) &&
      t.lower === 'for' &&
      nameRunBefore(tokens, i).some((w) => ORGANISATION_WORDS.has(withoutPossessive(w.lower)))
    )
      continue;
    return [tokens.slice(0, i), tokens.slice(i)];
  }
  return [[...tokens], []];
}

/** Possessive pronouns before a speaker's noun, and the pronoun of their owner ("Its military"). */
const POSSESSIVE_OWNERS: ReadonlyMap<string, Pronoun> = new Map([
  ['its', 'it'],
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

/** Prepositions that name whom a person speaks for ("a spokesman for X", "analysts at X"). */
const OWNER_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'to']);

/**
 * The proper name a prepositional phrase gives as the body a person speaks for: `for the smaller
 * Rail Engineers Association` → "Rail Engineers Association" (articles and adjectives dropped).
 * Undefined unless the phrase ends in a proper name and holds nothing else.
 */
function ownerName(rest: readonly Token[], text?: string): string | undefined {
  if (!OWNER_PREPOSITIONS.has(rest[0]?.lower ?? '')) return undefined;
  let i = 1;
  while (i < rest.length && DETERMINERS.has(rest[i]?.lower ?? '')) i++;
  while (i < rest.length && !isCapitalised(rest[i]) && i < 3) i++; // "the smaller …"
  const name = rest.slice(i);
  if (name.length === 0 || !isNameToken(name[0]) || !isNameToken(name[name.length - 1])) return undefined;
  // ("the Department of Health and Human Services": "and" between two of the name's words)
  const inName = (t: Token, k: number): boolean =>
    isNameToken(t) ||
    NAME_CONNECTORS.has(t.lower) ||
    NAME_PARTICLES.has(t.lower) ||
    (t.lower === 'and' && isNameToken(name[k - 1]) && isNameToken(name[k + 1]));
  if (!name.every(inName)) return undefined;
  // (the name as written, with its commas: "Department for Environment, Food and Rural Affairs")
  const first = name[0]!;
  const last = name[name.length - 1]!;
  return text ? text.slice(first.start, last.end) : join(name);
}

/** Nouns of those who speak for a body ("a spokeswoman for …"). */
const SPOKES_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'spokesmen',
  'spokeswomen',
]);

/**
 * The unnamed body a spokesperson speaks for, with its modifiers: `for the fire department` → "fire
 * department" (so "fire department spokeswoman", as "a spokesperson for X" is "X spokesperson").
 * Undefined unless the phrase is "for"/"at" + "the" + one or two lowercase words + a body's noun.
 */
function unnamedBodySpoken(head: string, rest: readonly Token[]): string | undefined {
  if (!SPOKES_NOUNS.has(head) || !['for', 'at'].includes(rest[0]?.lower ?? '') || rest[1]?.lower !== 'the')
    return undefined;
  const body = rest.slice(2);
  if (body.length < 2 || body.length > 3 || !ORGANISATION_HEADS.has(body[body.length - 1]?.lower ?? ''))
    return undefined;
  // ("a spokeswoman for the mayor's office" → "mayor's office spokeswoman")
  return body.every((t) => /^[a-z-]+$/.test(withoutPossessive(t.text))) ? join(body) : undefined;
}

/**
 * Whether a description is a person's ("general secretary of the union", "county fire chief"), not
 * an organisation's ("Utility company", "Israeli public broadcaster"): its head, the last word
 * before any preposition, is a title or a person and no organisation.
 */
function describesPerson(description: string | undefined): boolean {
  if (!description) return false;
  const words = description.toLowerCase().split(' ');
  // ("Britain's Financial Conduct Authority": an owner's possessive alone describes no one)
  if (words.length === 1 && isPossessive(words[0] ?? '')) return false;
  const cut = words.findIndex((w, i) => i > 0 && PP_SPLIT.has(w));
  const head = (cut < 0 ? words : words.slice(0, cut)).pop() ?? '';
  // ("The operator, Zagros Gas,": a company's role says nothing of who holds it)
  if (ORGANISATION_HEADS.has(head) || isBusinessNoun(head) || COMPANY_ROLES.has(head)) return false;
  return words.some((w) => TITLE_WORDS.has(w) || isPersonNoun(w)) || !ORGANISATION_WORDS.has(head);
}

/**
 * Names the article treats as companies though they read like a person's ("Lumen Devices",
 * "Harwell Securities"): no honorific, a plural last word the article never uses alone, and a first
 * word it does use alone ("Lumen said") — people go by their surname, companies by their first word.
 */
function companyNames(names: readonly NameOccurrence[]): Set<string> {
  const alone = new Set(names.filter((n) => !n.name.includes(' ')).map((n) => n.name));
  // a person's honorific or gendered title ("Mr.", "spokeswoman"); "smaller rival" says nothing
  const titled = new Set(names.filter((n) => n.gender).map((n) => n.name));
  const out = new Set<string>();
  for (const n of names) {
    const words = n.name.split(' ');
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    const plural = last.endsWith('s') && !last.endsWith('ss');
    if (words.length >= 2 && plural && !titled.has(n.name) && !alone.has(last) && alone.has(first))
      out.add(n.name);
    // "Delta Polymer" after "Delta Polymer Corp.": a company's name without its legal suffix
    if (!titled.has(n.name) && names.some((m) => isCompanyWithSuffix(m.name, n.name))) out.add(n.name);
  }
  return out;
}

/** Legal suffixes of company names ("Corp.", "Inc.", "Ltd"). */
const LEGAL_SUFFIXES = new Set([
  'corp.',
  'corp',
  'inc.',
  'inc',
  'co.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'ag',
  'sa',
  'nv',
]);

/** Whether a name ends with a legal suffix ("Delta Polymer Corp."): a company, whatever describes it. */
const hasLegalSuffix = (name: string): boolean => {
  const words = name.toLowerCase().split(' ');
  return words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '');
};

/** Whether `full` is `short` followed by a legal suffix ("Delta Polymer Corp." of "Delta Polymer"). */
function isCompanyWithSuffix(full: string, short: string): boolean {
  if (!full.startsWith(`${short} `)) return false;
  const rest = full
    .slice(short.length + 1)
    .toLowerCase()
    .replace(/,/g, '');
  return LEGAL_SUFFIXES.has(rest);
}

/** What {@link parseMention} may know about the phrase's context. */
export interface MentionOptions {
  /** Words the briefing writes in lowercase somewhere (a capitalised one then only opens a sentence). */
  readonly commonWords?: ReadonlySet<string>;
  /** Whether the phrase opens its sentence (its first capital letter then says nothing). */
  readonly sentenceInitial?: boolean;
  /**
   * Whether the phrase stands beside a description as the name it describes ("The suspect's
   * mother, Carol Dean, said"): capitalised words then make a name even when one is also a title.
   */
  readonly properName?: boolean;
}

/** Proper adjectives keep their capital at a sentence start ("Turkish", "Israeli", "Japanese", "French"). */
/** Adjectives written with a capital wherever they stand ("Western diplomats say …"). */
const ALWAYS_CAPITALISED = new Set(['western']);

const looksProperAdjective = (word: string): boolean =>
  ['ish', 'ian', 'an', 'ese', 'i', 'ch', 'ic'].some((end) => word.toLowerCase().endsWith(end)) ||
  word.includes('.') ||
  withoutPossessive(word) !== word;

/** The words a text uses in lowercase somewhere: a capitalised one of them opens a sentence, it is no name. */
export function lowercaseWords(
  texts: readonly string[],
  tokenized?: readonly (readonly Token[])[],
): Set<string> {
  const found = new Set<string>();
  for (const [p, text] of texts.entries()) {
    for (const t of tokenized?.[p] ?? tokenize(text)) {
      if (t.kind === 'word' && t.text === t.lower) found.add(t.lower);
    }
  }
  return found;
}

/**
 * Analyses a noun phrase naming a speaker: a pronoun, a proper name with its title, or an unnamed
 * speaker named by its description. Undefined when the phrase cannot name a speaker.
 */
export function parseMention(text: string, options: MentionOptions = {}): Mention | undefined {
  const { commonWords, sentenceInitial = false, properName = false } = options;
  const all = wordsOf(text);
  // ("Simon Adeyemi KC": post-nominal letters are no part of the name)
  const tokens =
    all.length > 2 && POST_NOMINALS.has(all[all.length - 1]?.lower ?? '') ? all.slice(0, -1) : all;
  if (tokens.length === 0 || tokens.length > SPEAKER_DEFAULTS.maxMentionWords) return undefined;
  const bare = tokens.filter((t) => !HONORIFICS.has(t.lower));
  if (properName && bare.length >= 2 && bare.length <= 4 && bare.every((t) => isCapitalised(t))) {
    const gender = tokens.map((t) => HONORIFICS.get(t.lower)).find((g) => g !== undefined);
    return {
      text,
      name: withoutPossessive(join(bare)),
      modifiers: [],
      plural: false,
      kind: 'person',
      definite: false,
      ...(gender ? { gender } : {}),
    };
  }
  const listed = listedBodyName(text);
  if (listed)
    return {
      text,
      name: listed.name,
      modifiers: [],
      plural: false,
      kind: 'organisation',
      definite: listed.definite,
    };
  const kindAfter = nameBeforeKindNoun(tokens);
  if (kindAfter) {
    const named = parseMention(join(tokens.slice(kindAfter.start, kindAfter.end)), {
      ...options,
      properName: false,
    });
    if (named?.name && named.kind !== 'person') {
      const description = join(tokens.slice(kindAfter.end));
      return { ...named, text, description, definite: kindAfter.start > 0 };
    }
  }
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only && PRONOUNS.has(only.lower)) {
    const pronoun = PRONOUNS.get(only.lower);
    return { text, pronoun, modifiers: [], plural: pronoun === 'they', kind: 'person', definite: true };
  }
  if (
    only &&
    ['i', 'we', 'you', 'who', 'which', 'that', 'this', 'these', 'those', 'there'].includes(only.lower)
  ) {
    return undefined;
  }
  const [headPart, rest] = splitAtPreposition(tokens);
  let start = 0;
  let definite = false;
  let plural = false;
  let gender: Gender | undefined;
  // (a count in figures is a determiner too: "80 Labour MPs" are "Labour MPs", as "two officials" are "officials")
  while (
    start < headPart.length - 1 &&
    (DETERMINERS.has(headPart[start]?.lower ?? '') || isFigure(headPart[start]?.text ?? ''))
  ) {
    const det = headPart[start]?.lower ?? '';
    if (det === 'the' || det === 'this' || det === 'that') definite = true;
    if (
      !['a', 'an', 'the', 'another', 'one', 'this', 'that', 'its', 'his', 'her', 'their', 'our'].includes(det)
    )
      plural = true;
    start++;
  }
  start = pastHoldersTitle(headPart, start);
  const words = headPart.slice(start);
  // the proper name: the trailing run of name words
  let nameStart = words.length;
  while (nameStart > 0) {
    const t = words[nameStart - 1];
    // ("Channel 12", "Radio 4": a number closing a name)
    const isSuffix =
      t &&
      (NAME_SUFFIXES.has(t.lower) || (isFigure(t.text) && isNameToken(words[nameStart - 2]))) &&
      nameStart === words.length;
    const isParticle =
      t && NAME_PARTICLES.has(t.lower) && nameStart < words.length && isNameToken(words[nameStart - 2]);
    const joinsName = !!t && t.lower === 'and' && andJoinsName(words, nameStart - 1);
    // ("Campaign group Access to Cash": "to" inside a body's name set after its kind noun)
    const toInBody =
      !!t &&
      t.lower === 'to' &&
      nameStart < words.length &&
      isNameToken(words[nameStart - 2]) &&
      KIND_NOUNS.has(words[nameStart - 3]?.lower ?? '');
    const isConnector =
      joinsName ||
      toInBody ||
      (t &&
        NAME_CONNECTORS.has(t.lower) &&
        nameStart < words.length &&
        (isNameToken(words[nameStart - 2]) ||
          (NAME_CONNECTORS.has(words[nameStart - 2]?.lower ?? '') && isNameToken(words[nameStart - 3]))));
    // "Nigeria's Ada Okafor": a possessive before the name is its description
    // ("Britain's Financial Conduct Authority": a place's possessive before a body's name of two words or more)
    const bodyAfter = words.slice(nameStart);
    const placeBefore =
      nameStart === 1 &&
      bodyAfter.length >= 2 &&
      bodyAfter.every((w) => isNameToken(w) || NAME_CONNECTORS.has(w.lower)) &&
      ORGANISATION_WORDS.has(bodyAfter[bodyAfter.length - 1]?.lower ?? '');
    const possessiveBefore =
      !!t &&
      nameStart < words.length &&
      t.lower.endsWith("'s") &&
      (looksPersonal(words.slice(nameStart)) || placeBefore);
    if (possessiveBefore) break;
    // "Shasta County Sheriff's Office", "District Attorney's Office": an office named by its holder
    const holdersOffice =
      !!t &&
      nameStart === words.length - 1 &&
      isCapitalised(t) &&
      isPossessive(t.text) &&
      TITLE_WORDS.has(withoutPossessive(t.lower)) &&
      ORGANISATION_WORDS.has(words[nameStart]?.lower ?? '') &&
      isCapitalised(words[nameStart - 2]);
    if (holdersOffice) {
      // back over the holder's title and the country's name ("Israeli Prime Minister's Office")
      nameStart--;
      while (
        nameStart > 0 &&
        isCapitalised(words[nameStart - 1]) &&
        !isPossessive(words[nameStart - 1]!.text)
      )
        nameStart--;
      break;
    }
    // "the Justice Department", "the Israel Defense Forces": a title's word inside a body's name
    const body = words[words.length - 1];
    const titleInBody =
      !!t &&
      nameStart < words.length &&
      isCapitalised(t) &&
      !isPossessive(t.text) &&
      TITLE_WORDS.has(t.lower) &&
      !!body &&
      isCapitalised(body) &&
      ORGANISATION_WORDS.has(body.lower) &&
      words.slice(nameStart).every((w) => !isPossessive(w.text));
    if (isNameToken(t) || isSuffix || isParticle || isConnector || titleInBody) nameStart--;
    else break;
  }
  // "Pensioner Derek Holt": a person's noun capitalised only because it opens the sentence
  // ("Meteorologist Karen Lidell": a trade's -ist before a person's two names)
  if (
    nameStart === 0 &&
    start === 0 &&
    words.length >= 3 &&
    sentenceInitial &&
    isNameToken(words[1]) &&
    (isListedPersonNoun(words[0]?.lower ?? '') ||
      (isPersonNoun(words[0]?.lower ?? '') && looksPersonal(words.slice(1))))
  )
    nameStart = 1;
  // "Union Unite said", "Carmaker Voltra said": a body's kind, capitalised only because it opens the
  // sentence (the briefing writes it in lowercase elsewhere)
  const kindWord = words[0]?.lower ?? '';
  if (
    nameStart === 0 &&
    start === 0 &&
    words.length >= 2 &&
    sentenceInitial &&
    (((ORGANISATION_HEADS.has(kindWord) || KIND_NOUNS.has(kindWord)) && !!commonWords?.has(kindWord)) ||
      // ("Drugmaker Calvera Pharmaceuticals", "Retailer Fenmart": a trade no name begins with)
      (isBusinessNoun(kindWord) && !NAME_OPENING_TRADES.has(kindWord)) ||
      // ("Utility Pacific Valley Power said": a trade before a name of its own of two words or more,
      // where "Bank Leumi" and "Utility Warehouse" are one name)
      (isBusinessNoun(kindWord) &&
        words.length >= 3 &&
        words.slice(1).every((t) => isNameToken(t)) &&
        ORGANISATION_WORDS.has(words[words.length - 1]?.lower ?? '')))
  )
    nameStart = 1;
  // "American Sara Lindholm": a nationality before a person's name describes her
  if (
    start === 0 &&
    words.length - nameStart === 3 &&
    DEMONYMS.has(words[nameStart]?.lower ?? '') &&
    looksPersonal(words.slice(nameStart + 1))
  )
    nameStart++;
  const lastWord = words[words.length - 1];
  // "Traders said": one capitalised common noun opening the sentence is no name
  const onlyWord = words.length === 1 ? lastWord : undefined;
  const commonOpener =
    !!onlyWord &&
    sentenceInitial &&
    start === 0 &&
    !OUTLET_WORDS.has(onlyWord.lower) &&
    !ORGANISATION_WORDS.has(onlyWord.lower) &&
    (commonWords?.has(onlyWord.lower) || AGENTIVE_PLURAL_ENDINGS.some((end) => onlyWord.lower.endsWith(end)));
  if (
    nameStart < words.length &&
    lastWord &&
    (isCapitalised(lastWord) || (isFigure(lastWord.text) && nameStart < words.length - 1)) &&
    // "Officials said" is no name; "The Coast Guard said" is
    (!isListedPersonNoun(lastWord.lower) ||
      (words.length - nameStart >= 2 && (start > 0 || !sentenceInitial))) &&
    !commonOpener &&
    // "the Croatian": a person named by nationality, not a name
    !(definite && words.length === 1 && DEMONYMS.has(lastWord.lower))
  ) {
    const nameTokens = words.slice(nameStart);
    const before = words.slice(0, nameStart);
    let titled = before.some(
      (t) => (TITLE_WORDS.has(t.lower) || isPersonNoun(t.lower)) && !isBusinessNoun(t.lower),
    );
    for (const t of before) {
      if (HONORIFICS.has(t.lower)) {
        gender = HONORIFICS.get(t.lower) ?? gender;
        titled = true;
      }
      gender = GENDERED_HEADS.get(t.lower) ?? gender;
    }
    const descriptionTokens = before.filter((t) => !HONORIFICS.has(t.lower));
    let name = withoutPossessive(join(nameTokens));
    const kind = nameKind(name, titled);
    if (kind === 'outlet' && headPart[0]?.text === 'The' && start > 0) name = `The ${name}`;
    const description = tidyDescription([...descriptionTokens, ...rest]);
    return { text, name, description, modifiers: [], plural: false, gender, kind, definite };
  }
  if (words.length === 0) return undefined;
  // an unnamed speaker, named by its description ("delegates involved [in the talks]": the head is "delegates")
  const headWord =
    POSTMODIFIERS.has(lastWord?.lower ?? '') && words.length > 1 ? words[words.length - 2] : lastWord;
  const head = withoutPossessive(headWord?.lower ?? '');
  if (NOT_NAME_WORDS.has(head) && !isPersonNoun(head)) return undefined;
  // "A State Department spokesperson": a capitalised word after a determiner, before another
  // capitalised word, is part of a name
  const inName = start > 0 && words.length > 2 && isCapitalised(words[0]) && isCapitalised(words[1]);
  // ("MP", "No 10 spokesperson": initials, and a word before a number, keep their capitals)
  const keepsCapital = (t: Token, i: number): boolean =>
    (t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) ||
    isFigure(words[i + 1]?.text ?? '');
  const labelWords = words.map((t, i) =>
    i === 0 &&
    !inName &&
    !keepsCapital(t, i) &&
    !ALWAYS_CAPITALISED.has(t.lower) &&
    (DESCRIPTIVE_WORDS.has(t.lower) ||
      isPersonNoun(t.lower) ||
      NOT_NAME_WORDS.has(t.lower) ||
      commonWords?.has(t.lower) ||
      (sentenceInitial && start === 0 && !looksProperAdjective(t.text)))
      ? lowerFirst(t.text)
      : t.text,
  );
  // "a spokesperson for the smaller Rail Engineers Association" → "Rail Engineers Association spokesperson"
  const owner =
    isPersonNoun(head) && headWord === lastWord
      ? (ownerName(rest, text) ?? unnamedBodySpoken(head, rest))
      : undefined;
  const label = owner
    ? [...labelWords.slice(0, -1), owner, ...labelWords.slice(-1)].join(' ')
    : [...labelWords, ...rest.map((t) => t.text)].join(' ');
  plural =
    plural || PLURAL_HEADS.has(head) || (head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us'));
  gender = GENDERED_HEADS.get(head);
  const modifiers = words.slice(0, words.indexOf(headWord!)).map((t) => t.lower);
  const indefinite = ['a', 'an'].includes(headPart[0]?.lower ?? '');
  const ownerHead =
    !owner && isPersonNoun(head) && headWord === lastWord && rest.length === 3 && rest[1]?.lower === 'the'
      ? rest[2]?.lower
      : undefined;
  const byOwner =
    ownerHead && OWNER_PREPOSITIONS.has(rest[0]?.lower ?? '') && ORGANISATION_HEADS.has(ownerHead)
      ? { owner: { head: ownerHead, label: labelWords.join(' ') } }
      : {};
  const possessor = POSSESSIVE_OWNERS.get(headPart[0]?.lower ?? '');
  const owned =
    possessor && start === 1 && (isPersonNoun(head) || ORGANISATION_HEADS.has(head) || KIN_GROUPS.has(head))
      ? { ownerPronoun: possessor }
      : {};
  return {
    text,
    label,
    head,
    modifiers,
    plural,
    gender,
    kind: 'unnamed',
    definite,
    indefinite,
    ...byOwner,
    ...owned,
  };
}

/** Whether two word lists are compatible descriptions (one holds all words of the other). */
const compatible = (a: readonly string[], b: readonly string[]): boolean => {
  const has = (list: readonly string[], w: string): boolean => list.some((v) => sameModifier(v, w));
  return a.every((w) => has(b, w)) || b.every((w) => has(a, w));
};

/** Endings of nationality adjectives, taken off to compare them with the place ("Ukrainian" ~ "Ukraine's"). */
const DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'ish', 'an', 'i'];

/** Whether two modifiers say the same thing: equal, or a nationality and its place's possessive. */
function sameModifier(a: string, b: string): boolean {
  if (a === b) return true;
  const place = isPossessive(a) ? withoutPossessive(a) : isPossessive(b) ? withoutPossessive(b) : undefined;
  const demonym = isPossessive(a) ? b : a;
  if (!place || !DEMONYMS.has(demonym)) return false;
  const ending = DEMONYM_ENDINGS.find((e) => demonym.endsWith(e) && demonym.length - e.length >= 3);
  const stem = ending ? demonym.slice(0, -ending.length) : demonym;
  return place.startsWith(stem) || stem.startsWith(place);
}

/** A speaker entity while a briefing is being read. */
export interface SpeakerEntity {
  id: string;
  name: string;
  readonly aliases: Set<string>;
  description?: string;
  kind: SpeakerKind;
  gender?: Gender;
  plural: boolean;
  /** Unnamed speakers: head noun and modifiers. */
  head?: string;
  modifiers: string[];
  /** Whether it has at least one statement. */
  used: boolean;
  /** Paragraph where the text first refers to it. */
  firstParagraph: number;
  /** Introduced with "a"/"an" ("a federal judge"), so a name may follow. */
  indefinite: boolean;
  /** The named entity an unnamed one turned out to be ("a federal judge" → Helen Marsh). */
  mergedInto?: SpeakerEntity;
  /** Order of creation, for stable output. */
  readonly order: number;
}

const before = (a: Position, b: Position): boolean =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);

const slugify = (name: string): string =>
  name
    .toLowerCase()
    .split('')
    .map((ch) => (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9') ? ch : ' '))
    .join('')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .join('-');

/** Whether `short` is the end of `long`, word by word ("Fidan" of "Hakan Fidan"). */
function endsWithWords(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w);
}

/**
 * Scans the paragraphs for proper names: runs of capitalised words, split after the last title
 * word, with the title words before them as their description ("Hamas official | Bassem Naim").
 * `sentenceOf(paragraph, offset)` gives the sentence index of an offset; `isQuoted` tells whether an
 * offset is inside a quotation.
 */
export function scanNames(
  paragraphs: readonly string[],
  sentenceOf: (paragraph: number, offset: number) => number,
  isQuoted: (paragraph: number, offset: number) => boolean,
  tokenized?: readonly (readonly Token[])[],
): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  paragraphs.forEach((text, p) => {
    const tokens = tokenized?.[p] ?? tokenize(text);
    let i = 0;
    while (i < tokens.length) {
      // "The Israeli Prime Minister's Office": an office named by its holder's title
      const office = holdersOfficeEnd(tokens, i);
      if (office) {
        const start = tokens[i]?.start ?? 0;
        found.push({
          name: text.slice(start, tokens[office - 1]?.end ?? start),
          position: { paragraph: p + 1, sentence: sentenceOf(p + 1, start), offset: start },
          quoted: isQuoted(p + 1, start),
          person: false,
          ...(opensSentence(tokens, i) ? { initial: true } : {}),
        });
        i = office;
        continue;
      }
      if (!isNameToken(tokens[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length) {
        const t = tokens[j];
        if (isNameToken(t) && !withoutPossessive(tokens[j - 1]?.text ?? '').endsWith("'")) {
          // "Hallam's Brewery": a founder's possessive before a trade is the business's name
          const founders =
            j === i + 1 &&
            TRADE_WORDS.has(t?.lower ?? '') &&
            !isNameToken(tokens[j + 1]) &&
            !opensSentence(tokens, j);
          if (
            !founders &&
            tokens[j - 1] &&
            withoutPossessive(tokens[j - 1]?.text ?? '') !== tokens[j - 1]?.text
          )
            break;
          j++;
        } else if (
          t &&
          (NAME_PARTICLES.has(t.lower) || NAME_SUFFIXES.has(t.lower)) &&
          (isNameToken(tokens[j + 1]) || NAME_SUFFIXES.has(t.lower))
        ) {
          j++;
        } else if (andJoinsName(tokens, j)) {
          j++;
        } else if (
          t &&
          NAME_CONNECTORS.has(t.lower) &&
          t.lower !== 'the' &&
          isNameToken(tokens[j - 1]) &&
          (joinsAcross(tokens.slice(i, j), opensSentence(tokens, i)) || describedAsBody(tokens, j + 1))
        ) {
          const after = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
          if (!isNameToken(tokens[after])) break;
          j = after;
        } else break;
      }
      const trade = (w: string): boolean =>
        isListedPersonNoun(w) || (j - i === 3 && isPersonNoun(w) && looksPersonal(tokens.slice(i + 1, j)));
      if (j - i >= 3 && opensSentence(tokens, i) && trade(tokens[i]?.lower ?? '')) i++;
      else if (
        j - i === 3 &&
        tokens[i - 1]?.lower !== 'the' &&
        DEMONYMS.has(tokens[i]?.lower ?? '') &&
        looksPersonal(tokens.slice(i + 1, j))
      )
        i++;
      // "Azerbaijani Foreign Ministry", "the Justice Department": a title's word inside a body's name
      const bodyStart = titledBodyStart(tokens, i, j);
      if (bodyStart < i) {
        const from = tokens[bodyStart]?.start ?? 0;
        while (
          found.length > 0 &&
          found[found.length - 1]!.position.paragraph === p + 1 &&
          found[found.length - 1]!.position.offset >= from
        )
          found.pop();
        i = bodyStart;
      }
      const run = tokens.slice(i, j);
      // the title before the name: capitalised words and title words, back to a boundary; none for
      // "owners of Nestwell" (the name after "of" is what the people belong to)
      let k = tokens[i - 1]?.lower === 'of' ? 0 : i;
      const ownedName = k === 0;
      if (ownedName) k = i;
      let titled = false;
      let honorific = false;
      let gender: Gender | undefined;
      while (k > 0 && !ownedName) {
        const t = tokens[k - 1];
        if (!t || t.kind !== 'word') break;
        const lower = t.lower;
        if (HONORIFICS.has(lower)) {
          gender = HONORIFICS.get(lower) ?? gender;
          titled = true;
          honorific = true;
        } else if (
          (TITLE_WORDS.has(lower) || (isCapitalised(t) ? isListedPersonNoun(lower) : isPersonNoun(lower))) &&
          !isBusinessNoun(lower)
        ) {
          titled = true;
          gender = GENDERED_HEADS.get(lower) ?? gender;
        } else if (
          !(isCapitalised(t) && !NOT_NAME_WORDS.has(lower)) &&
          !DESCRIPTIVE_WORDS.has(lower) &&
          lower !== 'of'
        )
          break;
        k--;
      }
      const title = tokens.slice(k, i).filter((t) => !HONORIFICS.has(t.lower));
      while (title.length > 0 && title[title.length - 1]?.lower === 'of') title.pop();
      while (title.length > 0 && title[0]?.lower === 'of') title.shift();
      const name = withoutPossessive(join(run));
      const start = run[0]?.start ?? 0;
      const appositive = titled ? undefined : appositiveOf(tokens, i, j);
      const possessive = withoutPossessive(run[run.length - 1]?.text ?? '') !== run[run.length - 1]?.text;
      if (appositive?.gender) gender ??= appositive.gender;
      // "Dale and Rita Munson": a first name that shares the surname of the name after "and"
      // ("Siblings Tomas and Elena Varga": after a noun that opens the sentence)
      const introduced =
        run.length === 2 &&
        opensSentence(tokens, i) &&
        (isListedPersonNoun(tokens[i]?.lower ?? '') || SIBLINGS_WORDS.has(tokens[i]?.lower ?? ''));
      const first = run.length === 1 || introduced ? run[run.length - 1] : undefined;
      const siblings = [tokens[i - 1], tokens[i]].some((w) => SIBLINGS_WORDS.has(w?.lower ?? ''));
      const partnerFirst = tokens[j + 1];
      const partnerLast = tokens[j + 2];
      if (
        first &&
        tokens[j]?.lower === 'and' &&
        isNameToken(partnerFirst) &&
        isNameToken(partnerLast) &&
        !isNameToken(tokens[j + 3]) &&
        !possessive &&
        looksPersonal([partnerFirst!, partnerLast!])
      ) {
        const surname = withoutPossessive(partnerLast!.text);
        found.push({
          name: `${first.text} ${surname}`,
          position: { paragraph: p + 1, sentence: sentenceOf(p + 1, first.start), offset: first.start },
          quoted: isQuoted(p + 1, first.start),
          person: true,
          partner: `${partnerFirst!.text} ${surname}`,
          ...(siblings ? { siblings } : {}),
        });
        i = j;
        continue;
      }
      // ("Harmon Health, which owns …": what "which" follows is no person)
      // ("Lumen Retail, Britain's third-largest grocery chain,": a name set beside a body's noun)
      const thing =
        !titled &&
        tokens[j]?.text === ',' &&
        (tokens[j + 1]?.lower === 'which' || bodyAppositiveAt(tokens, j + 1));
      found.push({
        name,
        description: titled ? tidyDescription(title) : appositive?.description,
        position: { paragraph: p + 1, sentence: sentenceOf(p + 1, start), offset: start },
        quoted: isQuoted(p + 1, start),
        gender,
        person: nameKind(name, titled) === 'person' && !thing,
        ...(possessive ? { possessive } : {}),
        ...(opensSentence(tokens, i) ? { initial: true } : {}),
        ...(thing ? { thing } : {}),
        ...(honorific ? { honorific } : {}),
        ...(['in', 'near', 'outside'].includes(tokens[i - 1]?.lower ?? '') && isPlaceName(name)
          ? { located: true }
          : {}),
      });
      i = j;
    }
  });
  return found;
}

/** Roles a company takes as well as a person ("The building's new owner, Crestline Properties"). */
const COMPANY_ROLES = new Set([
  'owner',
  'owners',
  'operator',
  'developer',
  'buyer',
  'seller',
  'partner',
  'landlord',
  'tenant',
  'supplier',
  'contractor',
  'provider',
  'sponsor',
  'investor',
  'lender',
  'client',
  'customer',
  'employer',
]);

/**
 * The description set beside a name as an appositive: `The florist, Grace Whitfield, has …` or
 * `Grace Whitfield, a florist, has …` — a short phrase opened by an article or a possessive, between
 * commas (or opening the sentence), whose head is a person's noun.
 */
function appositiveOf(
  tokens: readonly Token[],
  i: number,
  j: number,
): { description: string; gender?: Gender } | undefined {
  const phraseAt = (from: number, to: number): { description: string; gender?: Gender } | undefined => {
    const words = tokens.slice(from, to);
    if (words.length < 2 || words.length > 6 || words.some((t) => t.kind !== 'word')) return undefined;
    const opener = words[0]?.lower ?? '';
    if (!['a', 'an', 'the'].includes(opener) && !opener.endsWith("'s")) return undefined;
    const head = words[words.length - 1]?.lower ?? '';
    if (!isPersonNoun(head) || COMPANY_ROLES.has(head)) return undefined;
    const description = tidyDescription(words);
    return description ? { description, gender: GENDERED_HEADS.get(head) } : undefined;
  };
  // before: "The florist, Grace Whitfield,"
  if (tokens[i - 1]?.text === ',' && tokens[j]?.text === ',') {
    let k = i - 1;
    while (k > 0 && tokens[k - 1]?.kind === 'word') k--;
    const opens = k === 0 || opensSentence(tokens, k) || tokens[k - 1]?.text === ',';
    const before = opens ? phraseAt(k, i - 1) : undefined;
    if (before) return before;
  }
  // after: "Grace Whitfield, a florist,"
  if (tokens[j]?.text === ',') {
    let e = j + 1;
    while (e < tokens.length && tokens[e]?.kind === 'word') e++;
    if ([',', '.'].includes(tokens[e]?.text ?? '')) return phraseAt(j + 1, e);
  }
  return undefined;
}

/**
 * Scans the paragraphs for groups of people named by a plural noun ("Prosecutors", "opposition
 * lawmakers", "security sources"): what "they" may stand for in the next sentence; and for people
 * named by a noun with an article ("A Commission spokeswoman"), marked `person`: what "he" or "she"
 * may stand for.
 */
export function scanGroups(
  paragraphs: readonly string[],
  sentenceOf: (paragraph: number, offset: number) => number,
  isQuoted: (paragraph: number, offset: number) => boolean,
  tokenized?: readonly (readonly Token[])[],
): NameOccurrence[] {
  return scanPhrases(paragraphs, sentenceOf, isQuoted, tokenized, (tokens, i) => {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !isPersonNoun(t.lower)) return undefined;
    // "the agency's Board of Governors": a person's noun inside a body's name is no group
    if (isCapitalised(t) && tokens[i - 1]?.lower === 'of' && isCapitalised(tokens[i - 2])) return undefined;
    const plural = PLURAL_HEADS.has(t.lower) || (t.lower.endsWith('s') && !t.lower.endsWith('ss'));
    if (['reporters', 'journalists', 'reporter', 'journalist'].includes(t.lower)) return undefined; // the audience
    if (tokens[i + 1]?.lower === 'of' && PLURAL_HEADS.has(t.lower) && !t.lower.endsWith('s'))
      return undefined; // "a couple of weeks"
    let k = i;
    while (k > 0 && i - k < 3) {
      const m = tokens[k - 1];
      if (!m || m.kind !== 'word' || NOT_NAME_WORDS.has(m.lower) || DETERMINERS.has(m.lower)) break;
      if (!(isCapitalised(m) || DESCRIPTIVE_WORDS.has(m.lower))) break;
      k--;
    }
    // one person ("A Commission spokeswoman declined …"): only with an article, opening the
    // sentence as its subject, for "he" or "she"
    if (!plural) {
      // ("Iraq's prime minister ordered …": after a country's possessive, and a modifier)
      const modifier = tokens[k - 1];
      if (
        modifier?.kind === 'word' &&
        !isCapitalised(modifier) &&
        !DETERMINERS.has(modifier.lower) &&
        !NOT_NAME_WORDS.has(modifier.lower) &&
        isCapitalised(tokens[k - 2]) &&
        isPossessive(tokens[k - 2]?.text ?? '')
      )
        k--;
      const opener = tokens[k - 1];
      const owned = !!opener && isCapitalised(opener) && isPossessive(opener.text);
      if (isCapitalised(t) || !(['a', 'an', 'the', 'another', 'one'].includes(opener?.lower ?? '') || owned))
        return undefined;
      if (!opensSentence(tokens, k - 1) && tokens[k - 2]?.text !== ',') return;
    }
    const start = tokens[plural ? k : k - 1]?.start ?? t.start;
    const origin = plural ? (originPhraseEnd(tokens, i) ?? employerPhraseEnd(tokens, i)) : undefined;
    return {
      start,
      end: origin ?? t.end,
      person: !plural,
      ...(plural ? {} : { gender: GENDERED_HEADS.get(t.lower) }),
    };
  });
}

/**
 * Unnamed bodies opening a sentence as its subject ("Brazil's foreign ministry struck a more
 * cautious tone.", "The ministry declined …"): what a later "it" may stand for.
 */
export function scanBodies(
  paragraphs: readonly string[],
  sentenceOf: (paragraph: number, offset: number) => number,
  isQuoted: (paragraph: number, offset: number) => boolean,
  tokenized?: readonly (readonly Token[])[],
): NameOccurrence[] {
  return scanPhrases(paragraphs, sentenceOf, isQuoted, tokenized, (tokens, i) => {
    const t = tokens[i]!;
    // "a joint statement issued after …": what "the statement" later stands for
    if (t.kind === 'word' && DOCUMENT_HEADS.has(t.lower) && i > 1) {
      const adjective = tokens[i - 1];
      const article = tokens[i - 2];
      // ("the agency said in a confidential report …": the medium of a speaker's words, no speaker itself)
      const medium = tokens[i - 3]?.lower === 'in' && !!speechVerbForm(tokens[i - 4]?.lower ?? '');
      if (
        adjective?.kind === 'word' &&
        !isCapitalised(adjective) &&
        !DETERMINERS.has(adjective.lower) &&
        ['a', 'an'].includes(article?.lower ?? '') &&
        !medium
      ) {
        return { start: article!.start, end: t.end, person: false };
      }
      return undefined;
    }
    if (t.kind !== 'word' || isCapitalised(t) || !ORGANISATION_HEADS.has(t.lower)) return undefined;
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word' || isCapitalised(next)) return undefined;
    // back over adjectives to "the", "its" or an owner's name in the possessive
    let k = i;
    while (k > 0 && i - k < 3 && tokens[k - 1]?.kind === 'word' && !isCapitalised(tokens[k - 1])) {
      if (DETERMINERS.has(tokens[k - 1]?.lower ?? '')) break;
      k--;
    }
    const opener = tokens[k - 1];
    const owner = !!opener && isCapitalised(opener) && isPossessive(opener.text);
    if (!opener || !(['the', 'its'].includes(opener.lower) || owner)) return undefined;
    if (!opensSentence(tokens, k - 1)) return undefined;
    return { start: opener.start, end: t.end, person: false };
  });
}

/** A phrase found at a token: its character offsets, and whether it is one person (and which gender). */
interface PhraseFound {
  readonly start: number;
  readonly end: number;
  readonly person: boolean;
  readonly gender?: Gender;
}

/** Runs `find` at every token of every paragraph and keeps what it finds as name occurrences. */
function scanPhrases(
  paragraphs: readonly string[],
  sentenceOf: (paragraph: number, offset: number) => number,
  isQuoted: (paragraph: number, offset: number) => boolean,
  tokenized: readonly (readonly Token[])[] | undefined,
  find: (tokens: readonly Token[], i: number) => PhraseFound | undefined,
): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  paragraphs.forEach((text, p) => {
    const tokens = tokenized?.[p] ?? tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const phrase = find(tokens, i);
      if (!phrase) continue;
      found.push({
        name: text.slice(phrase.start, phrase.end),
        position: { paragraph: p + 1, sentence: sentenceOf(p + 1, phrase.start), offset: phrase.start },
        quoted: isQuoted(p + 1, phrase.start),
        person: phrase.person,
        ...(phrase.gender ? { gender: phrase.gender } : {}),
      });
    }
  });
  return found;
}

/**
 * The end offset of a group's phrase of origin after its head at `i` ("ministers from several
 * African countries have …"), when words only lead from "from" to an auxiliary or a comma.
 */
function originPhraseEnd(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i + 1]?.lower !== 'from') return undefined;
  for (let j = i + 2; j < tokens.length && j - i <= SPEAKER_DEFAULTS.maxOriginWords + 1; j++) {
    const t = tokens[j];
    if (!t) return undefined;
    if (t.kind !== 'word' || isAuxiliary(t.lower)) {
      const closes = (t.kind === 'word' && isAuxiliary(t.lower)) || t.text === ',';
      return closes && j > i + 2 ? tokens[j - 1]?.end : undefined;
    }
  }
  return undefined;
}

/**
 * The end offset of a group's employer after its head at `i` ("Economists at Westbrook University
 * reached …" → "Westbrook University economists"): "at" and a proper name.
 */
function employerPhraseEnd(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i + 1]?.lower !== 'at') return undefined;
  let j = i + 2;
  if (tokens[j]?.lower === 'the') j++;
  const start = j;
  while (j < tokens.length && j - start < SPEAKER_DEFAULTS.maxOriginWords) {
    if (isNameToken(tokens[j])) j++;
    else if (NAME_CONNECTORS.has(tokens[j]?.lower ?? '') && isNameToken(tokens[j + 1])) j++;
    else break;
  }
  return j > start ? tokens[j - 1]?.end : undefined;
}

/**
 * The end of an office named by its holder's title that starts at `i` ("Israeli Prime Minister's
 * Office", "District Attorney's Office"): capitalised words, the title in the possessive, then the
 * body's word. Undefined when there is none, or when `i` is inside such a run.
 */
function holdersOfficeEnd(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i]?.lower === 'the' || !isCapitalised(tokens[i])) return undefined;
  if (isCapitalised(tokens[i - 1]) && tokens[i - 1]?.lower !== 'the') return undefined;
  let j = i;
  while (j < tokens.length && j - i < 5 && isCapitalised(tokens[j]) && !isPossessive(tokens[j]!.text)) j++;
  const holder = tokens[j];
  const body = tokens[j + 1];
  if (
    !holder ||
    !isCapitalised(holder) ||
    !isPossessive(holder.text) ||
    !TITLE_WORDS.has(withoutPossessive(holder.lower)) ||
    !isCapitalised(body) ||
    !ORGANISATION_WORDS.has(body?.lower ?? '')
  )
    return undefined;
  return j + 2;
}

/** Last words of competitions' names ("League Cup", "Eastbourne Open"), which never speak. */
const COMPETITION_WORDS = new Set([
  'cup',
  'open',
  'trophy',
  'championship',
  'championships',
  'prix',
  'bowl',
  'olympics',
  'games',
  'series',
  'marathon',
  'tournament',
  'final',
  'finals',
]);

/** Heads of descriptions that stand for a sports team ("the team announced"). */
const TEAM_HEADS = new Set(['team', 'club', 'franchise', 'side']);

/** Words that name a body of working people ("union", "Pilots Guild"). */
const LABOUR_BODY_WORDS = new Set(['union', 'guild', 'federation', 'confederation', 'syndicate']);

/** What a mention resolved to, and what was learned on the way. */
interface SalienceEvent {
  readonly entity: SpeakerEntity;
  readonly position: Position;
  /** A speaker of a statement (true) or a name mentioned in the text (false). */
  readonly speaking: boolean;
}

/**
 * Resolves mentions to speaker entities, reading the briefing in order: names to the fullest name
 * the article uses, unnamed descriptions to the earlier speaker they describe, pronouns to the most
 * recent compatible speaker or subject.
 */
export class SpeakerResolver {
  private readonly entities = new Map<string, SpeakerEntity>();
  private readonly events: SalienceEvent[] = [];
  private readonly names: readonly NameOccurrence[];
  private readonly personSurnames = new Set<string>();

  private readonly groups: readonly NameOccurrence[];

  /** Name occurrences by the last word of the name, for finding the fullest form of a name. */
  private readonly namesByLastWord = new Map<string, NameOccurrence[]>();
  /** Two-word names the article treats as companies ("Lumen Devices" … "Lumen said"). */
  private readonly companies: ReadonlySet<string>;
  /** The entity of each name or group occurrence, made once. */
  private readonly occurrenceEntities = new Map<NameOccurrence, SpeakerEntity | undefined>();

  constructor(
    names: readonly NameOccurrence[],
    groups: readonly NameOccurrence[] = [],
    /** Words the briefing writes in lowercase: "Sales" opening a sentence is then no name. */
    private readonly commonWords: ReadonlySet<string> = new Set(),
    /** Unnamed bodies that open sentences ({@link scanBodies}). */
    private readonly bodies: readonly NameOccurrence[] = [],
  ) {
    this.names = names;
    this.groups = groups;
    for (const n of names) {
      const last = n.name.split(' ').pop() ?? '';
      const list = this.namesByLastWord.get(last);
      if (list) list.push(n);
      else this.namesByLastWord.set(last, [n]);
    }
    this.companies = companyNames(names);
    for (const n of names) {
      const thing = names.some((m) => m.thing && m.name === n.name);
      if (n.person && !this.companies.has(n.name) && !thing)
        this.personSurnames.add(n.name.split(' ').pop() ?? '');
    }
  }

  /** The entity a mention refers to, creating it when new. Undefined for an unresolvable pronoun. */
  resolve(mention: Mention, at: Position, description?: string): SpeakerEntity | undefined {
    let entity: SpeakerEntity | undefined;
    if (mention.pronoun) entity = this.resolvePronoun(mention.pronoun, at);
    else if (mention.name) entity = this.resolveName(mention, at);
    else if (mention.label) entity = this.resolveUnnamed(mention, at);
    if (!entity) return undefined;
    if (!mention.pronoun) {
      const alias = mention.text.trim();
      if (alias && alias !== entity.name) entity.aliases.add(alias);
      if (mention.name && mention.name !== entity.name) entity.aliases.add(mention.name);
    }
    if (description && !entity.description) entity.description = description;
    // "The railroad, Great Lakes Rail, said": a name described as a body is a body
    const head = (description ?? '').toLowerCase().split(' ').pop() ?? '';
    if (entity.kind === 'person' && mention.name && ORGANISATION_HEADS.has(head) && !isPersonNoun(head))
      entity.kind = 'organisation';
    // "Maria, a resident": a one-word name described as a person is a person
    const described = (description ?? '').toLowerCase().split(' ');
    if (
      entity.kind === 'organisation' &&
      !entity.head &&
      !this.companies.has(entity.name) &&
      !hasLegalSuffix(entity.name) &&
      described.some((w) => (isPersonNoun(w) || TITLE_WORDS.has(w)) && !isBusinessNoun(w))
    ) {
      entity.kind = 'person';
    }
    return entity;
  }

  /**
   * The speaker of "one wrote" or "one of them said": one member of the group of people named
   * just before ("Fans were largely supportive. … one wrote" → "fan").
   */
  resolveOneOf(at: Position, ofThem = false): SpeakerEntity | undefined {
    // "three people familiar with the investigation told …" … "One of them said": one of the speakers
    if (ofThem) {
      for (let i = this.events.length - 1; i >= 0; i--) {
        const e = this.events[i];
        if (!e || !before(e.position, at) || e.position.paragraph < at.paragraph - 1) continue;
        if (e.speaking && e.entity.plural) return e.entity;
      }
    }
    const group = [...this.groups]
      .reverse()
      .find(
        (g) => !g.person && !g.quoted && before(g.position, at) && g.position.paragraph >= at.paragraph - 1,
      );
    return group ? this.oneMemberOf(group.name, at) : undefined;
  }

  /**
   * The bodies a definite plural stands for: "Pilots at Coastal Air and Summit Airways … The airlines
   * have argued" → Coastal Air and Summit Airways, the organisations last named together ("X and Y",
   * "X, Y and Z") before. Empty for anything else.
   */
  membersOf(mention: Mention, at: Position): SpeakerEntity[] {
    const head = singular(mention.head ?? '');
    if (!mention.definite || !mention.plural || mention.modifiers.length > 0 || mention.owner) return [];
    if (!BUSINESS_HEADS.has(head) && !MEMBER_HEADS.has(head)) return [];
    // (the lead names them; "the airlines" may come many paragraphs later)
    const bodies = this.names.filter(
      (n) =>
        !n.quoted &&
        !n.person &&
        !n.possessive &&
        before(n.position, at) &&
        (this.companies.has(n.name) || nameKind(n.name, false) === 'organisation') &&
        !isPlaceName(n.name),
    );
    // runs of names one list apart ("X and Y", "X, Y and Z"), the latest first
    for (let i = bodies.length - 1; i > 0; i--) {
      const run = [bodies[i]!];
      for (let j = i - 1; j >= 0; j--) {
        const a = bodies[j]!;
        const b = run[0]!;
        const gap = b.position.offset - (a.position.offset + a.name.length);
        if (a.position.paragraph !== b.position.paragraph || !LIST_GAPS.has(gap)) break;
        run.unshift(a);
      }
      if (run.length >= 2) return run.map((n) => this.nameEntity(n.name, n.position));
    }
    return [];
  }

  /** One member of a group written as a plural noun phrase ("One of the sailors" → "sailor"). */
  oneMemberOf(groupText: string, at: Position): SpeakerEntity | undefined {
    const mention = parseMention(groupText, { sentenceInitial: true });
    if (!mention?.label || !mention.head || !mention.plural) return undefined;
    const words = mention.label.split(' ');
    words[words.length - 1] = singular(words[words.length - 1] ?? '');
    const label = words.join(' ');
    return this.resolveUnnamed(
      { ...mention, text: label, label, head: singular(mention.head), plural: false, definite: false },
      at,
    );
  }

  /** Records that an entity spoke at a position (it becomes the most recent speaker). */
  noteSpeaker(entity: SpeakerEntity, at: Position): void {
    entity.used = true;
    this.events.push({ entity, position: at, speaking: true });
  }

  /** All entities with statements, in order of first appearance. */
  speakers(): SpeakerEntity[] {
    return [...this.entities.values()]
      .filter((e) => e.used && !e.mergedInto)
      .sort((a, b) => a.order - b.order);
  }

  /** The entity a statement's speaker finally is (after an unnamed one was merged into a named one). */
  final(entity: SpeakerEntity): SpeakerEntity {
    let e = entity;
    while (e.mergedInto) e = e.mergedInto;
    return e;
  }

  /**
   * Merges an unnamed speaker introduced with "a" into the person the next paragraph names with
   * that title: "A federal judge … said" then "U.S. District Judge Helen Marsh said".
   */
  private mergeNamedLater(): void {
    // people with a title or appositive: those already speaking, and those only named in the text
    type Described = { name: string; description: string; firstParagraph: number; position?: Position };
    const people = new Map<string, Described>();
    for (const e of this.entities.values()) {
      if ((e.kind === 'person' || isRoleOfCompany(e)) && e.description)
        people.set(e.name, { name: e.name, description: e.description, firstParagraph: e.firstParagraph });
    }
    for (const n of this.names) {
      if (!n.person || n.quoted || !n.description || people.has(n.name) || this.companies.has(n.name))
        continue;
      people.set(n.name, {
        name: n.name,
        description: n.description,
        firstParagraph: n.position.paragraph,
        position: n.position,
      });
    }
    for (const e of [...this.entities.values()]) {
      const role = e.kind === 'organisation' && COMPANY_ROLES.has(e.head ?? '');
      if (!e.used || (e.kind !== 'unnamed' && !role) || e.plural || !e.head) continue;
      // "the provincial governor said" … "Governor Jean-Pierre Ilunga told reporters": a title read
      // before the name; "a florist said" … "The florist, Grace Whitfield": the head noun
      const matches = [...people.values()].filter((p) => {
        const words = p.description.toLowerCase().split(' ');
        // (a company in its role, "the plant's operator" … "The operator, Zagros Gas,", a paragraph later still)
        const reach = isCompanyRole(p.description) ? 2 : 1;
        const near = p.firstParagraph >= e.firstParagraph && p.firstParagraph <= e.firstParagraph + reach;
        const titled = e.indefinite ? words[words.length - 1] === e.head : words.includes(e.head ?? '');
        return near && titled;
      });
      const match = matches.length === 1 ? matches[0] : undefined;
      if (!match) continue;
      const only =
        this.entities.get(`name:${match.name.toLowerCase()}`) ??
        this.nameEntity(
          match.name,
          match.position ?? { paragraph: match.firstParagraph, sentence: 0, offset: 0 },
        );
      e.mergedInto = only;
      only.used = true;
      only.aliases.add(e.name);
      for (const alias of e.aliases) only.aliases.add(alias);
    }
  }

  /**
   * Merges a labour body known only by its members ("their union said" → "pilots' union") into the
   * one body of that kind named as a speaker in the same or the next paragraph ("The British Pilots
   * Guild said").
   */
  private mergeBodyNamedLater(): void {
    const all = [...this.entities.values()].filter((e) => e.used && !e.mergedInto);
    for (const e of all) {
      if (e.kind !== 'organisation' || !LABOUR_BODY_WORDS.has(e.head ?? '') || !e.name.includes("'"))
        continue;
      const bodies = all.filter(
        (b) =>
          b !== e &&
          !b.head &&
          b.kind === 'organisation' &&
          b.firstParagraph >= e.firstParagraph &&
          b.firstParagraph <= e.firstParagraph + 1 &&
          b.name
            .toLowerCase()
            .split(' ')
            .some((w) => LABOUR_BODY_WORDS.has(w)),
      );
      const only = bodies.length === 1 ? bodies[0] : undefined;
      if (!only) continue;
      e.mergedInto = only;
      only.aliases.add(e.name);
      for (const alias of e.aliases) only.aliases.add(alias);
    }
  }

  /**
   * Merges a speaker the lead names only by description into the one the next paragraph names:
   * a body by a word of its description ("Britain's competition regulator said" then "the
   * Competition and Markets Authority said"), an office holder by the first person named there
   * with no title of their own ("The health secretary has promised …" then "Speaking on …,
   * Sarah Okonjo said").
   */
  private mergeLeadNamedNext(): void {
    const all = [...this.entities.values()].filter((e) => e.used && !e.mergedInto);
    for (const e of all) {
      const unnamed = e.kind === 'unnamed' || (e.kind === 'organisation' && !!e.head);
      if (!unnamed || e.plural || !e.head || e.firstParagraph !== 1) continue;
      const next = (b: SpeakerEntity): boolean => b !== e && b.firstParagraph === e.firstParagraph + 1;
      let candidates: SpeakerEntity[] = [];
      if (BUSINESS_HEADS.has(e.head) && !isPersonNoun(e.head)) {
        // "its parent company said" … "Harmon Health, which owns the hospital, said": the one
        // organisation the next paragraph hears from
        candidates = all.filter(
          (b) => next(b) && b.kind === 'organisation' && !b.head && !isPlaceName(b.name),
        );
      } else if (ORGANISATION_HEADS.has(e.head) && !isPersonNoun(e.head)) {
        const words = new Set(
          e.name
            .toLowerCase()
            .split(' ')
            .filter((w) => !isPossessive(w) && w.length > 3),
        );
        candidates = all.filter(
          (b) =>
            next(b) &&
            b.kind === 'organisation' &&
            !b.head &&
            b.name
              .toLowerCase()
              .split(' ')
              .some((w) => words.has(w)),
        );
      } else if (TITLE_WORDS.has(e.head) && !e.indefinite) {
        const people = this.names.filter((n) => n.person && !n.quoted && n.position.paragraph === 2);
        const first = people[0];
        candidates = all.filter(
          (b) => next(b) && b.kind === 'person' && !b.description && !!first && b.name === first.name,
        );
      }
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (!only) continue;
      e.mergedInto = only;
      only.aliases.add(e.name);
      for (const alias of e.aliases) only.aliases.add(alias);
    }
  }

  /** The finished speakers, with their aliases (canonical name and pronouns left out). */
  finish(): Speaker[] {
    this.mergeNamedLater();
    this.mergeBodyNamedLater();
    this.mergeLeadNamedNext();
    const taken = new Set<string>();
    return this.speakers().map((e) => {
      let id = slugify(e.name) || 'speaker';
      for (let n = 2; taken.has(id); n++) id = `${slugify(e.name)}-${n}`;
      taken.add(id);
      e.id = id;
      const aliases = [...e.aliases].filter((a) => a !== e.name && a.length > 0);
      const speaker: Speaker = {
        id,
        name: e.name,
        aliases,
        kind: e.kind,
        ...(e.description ? { description: e.description } : {}),
      };
      return speaker;
    });
  }

  private create(
    key: string,
    fields: Partial<SpeakerEntity> & Pick<SpeakerEntity, 'name' | 'kind'>,
  ): SpeakerEntity {
    const entity: SpeakerEntity = {
      id: key,
      aliases: new Set(),
      plural: false,
      modifiers: [],
      used: false,
      order: this.entities.size,
      firstParagraph: 0,
      indefinite: false,
      ...fields,
    };
    this.entities.set(key, entity);
    return entity;
  }

  /** "Norvex" for "Norvex Semiconductor": the organisation name of the article that a one-word name opens. */
  private organisationStartingWith(name: string): NameOccurrence | undefined {
    // "Delta Polymer" → "Delta Polymer Corp."
    const suffixed = this.names.find((n) => isCompanyWithSuffix(n.name, name));
    if (suffixed) return suffixed;
    // (never "U.N." → "U.N. World Food Programme": initials stand for a body of their own)
    if (name.includes(' ') || name.includes('.') || isBodyAcronym(name)) return undefined;
    return this.names.find((n) => {
      const words = n.name.split(' ');
      return (
        words.length > 1 &&
        words[0] === name &&
        (nameKind(n.name, false) === 'organisation' || this.companies.has(n.name))
      );
    });
  }

  /** The one name the article spells out for these initials ("the FCA" → "Financial Conduct Authority"). */
  private nameOfInitials(name: string): NameOccurrence | undefined {
    if (!isBodyAcronym(name)) return undefined;
    const bare = name.endsWith('+') ? name.slice(0, -1) : name;
    const spelled = this.names.filter((n) => n.name.includes(' ') && initialsOf(n.name) === bare);
    const names = new Set(spelled.map((n) => n.name));
    return names.size === 1 ? spelled[0] : undefined;
  }

  /**
   * The one person the article names in full with this first name, for a first name alone
   * ("Elena said" after "Elena Varga"), unless the word is also someone's surname.
   */
  private personWithFirstName(name: string): NameOccurrence | undefined {
    if (name.includes(' ') || this.personSurnames.has(name)) return undefined;
    const people = this.names.filter(
      (n) => n.person && n.name.split(' ').length >= 2 && n.name.split(' ')[0] === name,
    );
    return new Set(people.map((n) => n.name)).size === 1 ? people[0] : undefined;
  }

  /** Whether someone of this name has spoken before `at`, in its paragraph or the one before. */
  private hasSpoken(name: string, at: Position): boolean {
    return this.events.some(
      (e) =>
        e.speaking &&
        e.entity.name === name &&
        before(e.position, at) &&
        e.position.paragraph >= at.paragraph - 1,
    );
  }

  /** The fullest name the article uses that ends with these words, the first introduced before `at` first. */
  private fullestName(name: string, at: Position): NameOccurrence | undefined {
    const words = name.split(' ');
    // (the occurrence opens at its honorific, the mention may at the name)
    const honorific = this.names.some(
      (n) =>
        n.honorific &&
        n.name === name &&
        n.position.paragraph === at.paragraph &&
        at.offset >= n.position.offset &&
        at.offset - n.position.offset <= SPEAKER_DEFAULTS.maxHonorificChars,
    );
    let best: NameOccurrence | undefined;
    for (const n of this.namesByLastWord.get(words[words.length - 1] ?? '') ?? []) {
      const candidate = n.name.split(' ');
      if (!endsWithWords(candidate, words)) continue;
      if (candidate.length >= 2 && !n.person) continue;
      const longer = !best || candidate.length > best.name.split(' ').length;
      const sameLength = best && candidate.length === best.name.split(' ').length;
      // two people of one surname ("Lionel Ruiz", his daughter "Ana Ruiz"): the surname alone is the
      // one the article introduced first, as news copy calls the others by their first names
      const earlierInText = sameLength && best && before(n.position, at) && !before(best.position, at);
      // … but copy that gives everyone an honorific calls them all by surname: there the surname is
      // the one who has just spoken ("Margaret Ellis … Her daughter, Helen Ellis, said … Ms Ellis said")
      const spoke = (m: NameOccurrence): boolean => this.hasSpoken(m.name, at);
      const speakerOnly =
        honorific && sameLength && best && before(n.position, at) && spoke(n) !== spoke(best);
      if (longer || (speakerOnly ? spoke(n) : earlierInText)) best = n;
    }
    return best;
  }

  private nameEntity(name: string, at: Position, fromMention?: Mention): SpeakerEntity {
    const longer = (n: NameOccurrence | undefined): NameOccurrence | undefined =>
      n && n.name.split(' ').length > name.split(' ').length ? n : undefined;
    const fullest =
      longer(this.fullestName(name, at)) ??
      longer(this.organisationStartingWith(name)) ??
      this.personWithFirstName(name) ??
      this.nameOfInitials(name);
    const canonical = fullest ? fullest.name : name;
    const key = `name:${canonical.toLowerCase()}`;
    let entity = this.entities.get(key);
    const described = this.names.find((n) => n.name === canonical && n.description)?.description;
    const company = this.companies.has(canonical);
    const describedPerson = describesPerson(described) || describesPerson(fromMention?.description);
    // ("Harmon Health, which owns the hospital,": what "which" follows is no person)
    const thing = !describedPerson && this.names.some((n) => n.name === canonical && n.thing);
    const titled =
      describedPerson || (!company && !thing && this.names.some((n) => n.name === canonical && n.person));
    // ("Atlantic" of "Atlantic Air" is the airline, not the magazine: the kind of the fullest name)
    const mentionKind = canonical === name ? fromMention?.kind : undefined;
    let kind = company || thing ? 'organisation' : (mentionKind ?? nameKind(canonical, titled));
    if (
      kind === 'organisation' &&
      !hasLegalSuffix(canonical) &&
      (titled || this.personSurnames.has(canonical.split(' ').pop() ?? ''))
    ) {
      kind = nameKind(canonical, true);
    }
    if (!entity) {
      const gender = this.names.find((n) => n.name === canonical && n.gender)?.gender;
      entity = this.create(key, {
        name: canonical,
        kind,
        firstParagraph: at.paragraph,
        ...(gender ? { gender } : {}),
      });
      const description = fromMention?.description ?? described;
      if (description) entity.description = description;
    }
    if (canonical !== name) entity.aliases.add(name);
    if (fromMention?.gender && !entity.gender) entity.gender = fromMention.gender;
    if (fromMention?.description && !entity.description) entity.description = fromMention.description;
    return entity;
  }

  private resolveName(mention: Mention, at: Position): SpeakerEntity {
    return this.nameEntity(mention.name ?? mention.text, at, mention);
  }

  /** Entities mentioned or speaking before `at`, most recent first. */
  private recent(at: Position): SpeakerEntity[] {
    const seen = new Set<SpeakerEntity>();
    const out: SpeakerEntity[] = [];
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (!e || !before(e.position, at) || seen.has(e.entity)) continue;
      seen.add(e.entity);
      out.push(e.entity);
    }
    return out;
  }

  private resolveUnnamed(mention: Mention, at: Position): SpeakerEntity {
    const head = mention.head ?? '';
    // "the Croatian said", "the 22-year-old said": the person just named
    if (
      mention.definite &&
      mention.modifiers.length === 0 &&
      (DEMONYMS.has(head) || head.endsWith('-year-old'))
    ) {
      const person = this.resolvePronoun('he', at, true);
      if (person) return person;
    }
    // "a spokesman for the association" → "Local Government Association spokesman"
    const owner = mention.owner ? this.recentOrganisation(mention.owner.head, at) : undefined;
    // "Its military said" → "Tessaly's military"; "his office" → "António Guterres's office"
    const possessor = mention.ownerPronoun ? this.possessorOf(mention.ownerPronoun, at) : undefined;
    const label =
      owner && mention.owner
        ? `${owner.name} ${mention.owner.label}`
        : possessor
          ? `${possessor.name}${possessor.plural && possessor.name.endsWith('s') ? "'" : "'s"} ${mention.label ?? mention.text}`
          : this.withFullOwnerName(mention.label ?? mention.text);
    // "Dale and Rita Munson … Her husband said": the other of the couple
    // ("Siblings Tomas and Elena Varga … Her brother said": the other of the two siblings)
    if (possessor && (SPOUSE_WORDS.has(head) || SIBLING_WORDS.has(head))) {
      const fits = (n: NameOccurrence): boolean => !!n.siblings === SIBLING_WORDS.has(head);
      const couple = this.names.find((n) => n.partner === possessor.name && fits(n));
      if (couple) return this.nameEntity(couple.name, couple.position);
      const pair = this.names.find((n) => n.partner && n.name === possessor.name && fits(n));
      const named = pair?.partner ? this.names.find((n) => n.name === pair.partner) : undefined;
      if (named) return this.nameEntity(named.name, named.position);
    }
    // "The office of Israeli Prime Minister Yoram Adler" → "Yoram Adler's office"
    const holder = HOLDERS_BODIES.has(head) ? this.holderOf(mention.label ?? mention.text, head) : undefined;
    if (holder) return this.resolveUnnamed({ ...mention, text: holder, label: holder }, at);
    const exact = this.entities.get(`unnamed:${label.toLowerCase()}`);
    if (exact) return exact;
    // "Harmon Health said … The company said …": the company that has just spoken
    if (mention.definite && mention.modifiers.length === 0 && !mention.owner && BUSINESS_HEADS.has(head)) {
      const last = [...this.events]
        .reverse()
        .find((e) => e.speaking && before(e.position, at) && e.position.paragraph >= at.paragraph - 1);
      if (last && last.entity.kind === 'organisation' && !last.entity.head && !last.entity.mergedInto)
        return last.entity;
    }
    // "the official", "the sources", "the minister": an earlier speaker with that head or title
    for (const entity of this.recent(at)) {
      if (
        entity.head === head &&
        compatible(entity.modifiers, mention.modifiers) &&
        (mention.definite || !mention.label?.startsWith('a ')) &&
        // "one of the officials …" then "A senior Israeli official said": "a" brings in someone new
        !(mention.indefinite && mention.modifiers.length > entity.modifiers.length)
      ) {
        if (mention.modifiers.length > entity.modifiers.length) {
          entity.aliases.add(entity.name);
          entity.name = label;
          entity.modifiers = [...mention.modifiers];
        }
        return entity;
      }
      // the title's own head, before any employer ("a spokeswoman for the X Coalition" is no coalition)
      const titleWords = titleHeadWords(entity.description);
      if (
        mention.definite &&
        entity.kind === 'person' &&
        titleWords[titleWords.length - 1] === head &&
        mention.modifiers.length === 0
      ) {
        return entity;
      }
    }
    if (mention.definite && ORGANISATION_HEADS.has(head) && mention.modifiers.length === 0) {
      const organisation = this.recentOrganisation(head, at);
      if (organisation) return organisation;
    }
    // "The United Nations estimates … The world body has said": a body's epithet by its reach is the
    // organisation named last
    if (
      mention.definite &&
      ORGANISATION_HEADS.has(head) &&
      mention.modifiers.length > 0 &&
      mention.modifiers.every((m) => SCOPE_MODIFIERS.has(m))
    ) {
      const organisation = this.recentOrganisation(head, at, true);
      if (organisation) return organisation;
    }
    // "the Brazilian champion said", "the veteran striker said": an epithet of the person just named
    if (mention.definite && !mention.plural && EPITHET_HEADS.has(head) && !mention.owner) {
      const person = this.resolvePronoun('he', at, true);
      if (person) return person;
    }
    // "a joint statement issued after …. The statement, carried by …, said": the document named before
    if (mention.definite && mention.modifiers.length === 0 && DOCUMENT_HEADS.has(head)) {
      const named = [...this.bodies]
        .reverse()
        .find(
          (b) =>
            !b.quoted &&
            before(b.position, at) &&
            b.position.paragraph >= at.paragraph - 1 &&
            b.name.toLowerCase().endsWith(` ${head}`),
        );
      const document = named ? parseMention(named.name) : undefined;
      if (document?.label && document.modifiers.length > 0) return this.resolveUnnamed(document, at);
      // "according to a study … The research, which followed …, found": the study that just spoke
      const study = RESEARCH_HEADS.has(head)
        ? [...this.events]
            .reverse()
            .find(
              (e) =>
                RESEARCH_HEADS.has(e.entity.head ?? '') &&
                e.entity.head !== head &&
                before(e.position, at) &&
                e.position.paragraph >= at.paragraph - 1,
            )
        : undefined;
      if (study) return study.entity;
      // "Hamas said in a statement … The statement accused Israel …": the statement of the last speaker
      const last = [...this.events]
        .reverse()
        .find((e) => e.speaking && before(e.position, at) && e.position.paragraph >= at.paragraph - 1);
      if (last && !this.entities.get(`unnamed:${label.toLowerCase()}`)) return last.entity;
    }
    const human = isPersonNoun(head);
    return this.create(`unnamed:${label.toLowerCase()}`, {
      name: label,
      firstParagraph: at.paragraph,
      indefinite: mention.indefinite ?? false,
      kind: human || mention.plural ? 'unnamed' : 'organisation',
      head,
      modifiers: [...mention.modifiers],
      plural: mention.plural,
      ...(mention.gender ? { gender: mention.gender } : {}),
    });
  }

  /** "office of Israeli Prime Minister Yoram Adler" → "Yoram Adler's office": a person's body by its holder. */
  private holderOf(label: string, head: string): string | undefined {
    const opening = `${head} of `;
    if (!label.toLowerCase().startsWith(opening)) return undefined;
    const person = parseMention(label.slice(opening.length), {});
    if (!person?.name || person.kind !== 'person' || !person.name.includes(' ')) return undefined;
    return `${person.name}'s ${head}`;
  }

  /**
   * A label that opens with a person's surname in the possessive, with the person's full name
   * ("Haddad's office" → "Michel Haddad's office", when the article names Michel Haddad).
   */
  private withFullOwnerName(label: string): string {
    // ("Mr Saleh's family" → "Amir Saleh's family": the honorific goes with the full name)
    const opening = label.slice(0, Math.max(0, label.indexOf(' '))).toLowerCase();
    if (HONORIFICS.has(opening)) {
      const rest = label.slice(opening.length + 1);
      const full = this.withFullOwnerName(rest);
      return full === rest ? label : full;
    }
    const space = label.indexOf(' ');
    const first = space > 0 ? label.slice(0, space) : '';
    const surname = withoutPossessive(first);
    if (surname === first || !isCapitalised(wordsOf(surname)[0])) return label;
    const full = (this.namesByLastWord.get(surname) ?? [])
      .filter((n) => n.person && n.name.includes(' '))
      .sort((a, b) => b.name.length - a.name.length)[0];
    return full ? `${full.name}${first.slice(surname.length)}${label.slice(space)}` : label;
  }

  /**
   * Who "its", "his", "her" or "their" stands for before a speaker's noun: for "its", the latest
   * organisation or place named or speaking in this or the last paragraph (a country owns its
   * military); else the pronoun's own referent.
   */
  private possessorOf(pronoun: Pronoun, at: Position): SpeakerEntity | undefined {
    if (pronoun !== 'it') return this.resolvePronoun(pronoun, at);
    type Owner = { entity?: SpeakerEntity; name: string; position: Position };
    const owners: Owner[] = [];
    for (const e of this.events) {
      if (e.entity.kind === 'organisation' || e.entity.kind === 'outlet')
        owners.push({ entity: e.entity, name: e.entity.name, position: e.position });
    }
    for (const n of this.names) {
      if (!n.quoted && !n.person && nameKind(n.name, false) !== 'person')
        owners.push({ name: n.name, position: n.position });
    }
    let best: Owner | undefined;
    // ("Mercy Valley Hospital in Carlton … its parent company": a body before a place named after it)
    const near = owners.filter((o) => before(o.position, at) && o.position.paragraph >= at.paragraph - 1);
    const located = (o: Owner): boolean =>
      !o.entity && this.names.some((n) => n.located && n.name === o.name && n.position === o.position);
    const bodies = near.filter((o) => !located(o));
    for (const o of bodies.length > 0 ? bodies : near) {
      if (!best || before(best.position, o.position)) best = o;
    }
    if (!best) return undefined;
    // ("Hezbollah, which fought a war with Israel, did not comment. Its leader …": the subject of
    // that sentence, not a name inside its clauses)
    const last = best.position;
    const subject = (bodies.length > 0 ? bodies : near).find(
      (o) =>
        o.position.paragraph === last.paragraph &&
        o.position.sentence === last.sentence &&
        this.names.some((n) => n.initial && n.name === o.name && n.position === o.position),
    );
    if (subject) best = subject;
    return best.entity ?? this.nameEntity(best.name, best.position);
  }

  /**
   * The organisation a definite description ("the ministry", "the company") refers back to: a named
   * organisation whose name holds the head word, else the most recent named organisation, speaking
   * or mentioned in the last few paragraphs.
   */
  private recentOrganisation(head: string, at: Position, latest = false): SpeakerEntity | undefined {
    const reach = at.paragraph - SPEAKER_DEFAULTS.pronounReachParagraphs;
    const candidates: { entity?: SpeakerEntity; name: string; position: Position }[] = [];
    for (const e of this.events) {
      if (before(e.position, at) && e.entity.kind === 'organisation' && !e.entity.head) {
        candidates.push({ entity: e.entity, name: e.entity.name, position: e.position });
      }
    }
    for (const n of this.names) {
      const company = this.companies.has(n.name) || (TEAM_HEADS.has(head) && this.employsTitled(n));
      if (n.quoted || (n.person && !company) || !before(n.position, at) || n.position.paragraph < reach)
        continue;
      if (
        (!company && nameKind(n.name, false) !== 'organisation') ||
        this.commonWords.has(n.name.toLowerCase())
      )
        continue;
      // "Net income fell …": a one-word name seen only opening sentences may be no name at all
      if (!n.name.includes(' ') && this.names.every((m) => m.name !== n.name || m.initial)) continue;
      // a one-word name may be a place ("Turkey"), but a place is never "the company"
      // ("Ashford fans …, the club said": a town's name that is the start of a club's, "Ashford Town")
      const clubOfTown =
        TEAM_HEADS.has(head) && !n.name.includes(' ') && !!this.organisationStartingWith(n.name);
      const placeLike =
        isPlaceName(n.name) && !(BUSINESS_HEADS.has(head) && !n.name.includes(' ')) && !clubOfTown;
      // … but "the district" may be "Lakemont Unified School District", a body named by its area
      const words = n.name.toLowerCase().split(' ');
      const bodyOfArea = words[words.length - 1] === head && words.some((w) => ORGANISATION_WORDS.has(w));
      if ((placeLike && !bodyOfArea) || PLACE_WORDS.has(n.name.toLowerCase())) continue;
      // "the League Cup", "the Eastbourne Open": a competition says nothing
      if (COMPETITION_WORDS.has(words[words.length - 1] ?? '')) continue;
      // "Lumen Retail said … Lumen will …, the company said": a short name of a body that has spoken
      const spoken = n.name.includes(' ') ? undefined : this.bodyStartingWith(n.name);
      candidates.push({ name: n.name, position: n.position, ...(spoken ? { entity: spoken } : {}) });
    }
    candidates.sort((a, b) => (before(a.position, b.position) ? 1 : before(b.position, a.position) ? -1 : 0));
    // "the company" is no commission, ministry or court
    if (BUSINESS_HEADS.has(head)) {
      const business = candidates.filter(
        (c) =>
          !c.name
            .toLowerCase()
            .split(' ')
            .some((w) => PUBLIC_BODY_WORDS.has(w)),
      );
      candidates.splice(0, candidates.length, ...business);
    }
    const holdsHead = (name: string): boolean =>
      name
        .toLowerCase()
        .split(' ')
        .some((w) => w === head || STATE_BODY_KIN.get(head)?.has(w) || BODY_KIN.get(head)?.has(w));
    // ("the National Mediation Board … a spokesman for the board": the body of that word, named
    // further back than the nearer names)
    const namedEarlier = (): { name: string; position: Position; entity?: SpeakerEntity } | undefined =>
      [...this.names]
        .reverse()
        .find(
          (n) =>
            !n.quoted &&
            !n.person &&
            n.name.includes(' ') &&
            before(n.position, at) &&
            nameKind(n.name, false) === 'organisation' &&
            holdsHead(n.name),
        );
    const named = candidates.find((c) => holdsHead(c.name)) ?? (latest ? undefined : namedEarlier());
    // "the military", "the government": a state's own body, never another organisation named nearby
    if (STATE_BODY_KIN.has(head))
      return named ? (named.entity ?? this.nameEntity(named.name, named.position)) : undefined;
    // a name with an organisation's word ("Brightwave Energy") before a bare one ("Jones" may be a person)
    const organisational = candidates.find((c) =>
      c.name
        .toLowerCase()
        .split(' ')
        .some((w) => ORGANISATION_WORDS.has(w) || OUTLET_WORDS.has(w) || w === '&'),
    );
    // a name the article treats as a company ("Kestrel Components" … "Kestrel said") before a place
    const company = candidates.find((c) => this.companies.has(c.name));
    // "the company" is the one the story has heard from, not a firm an analyst works at
    const speaking = BUSINESS_HEADS.has(head) ? candidates.find((c) => c.entity) : undefined;
    const chosen = latest ? candidates[0] : (named ?? company ?? speaking ?? organisational ?? candidates[0]);
    if (!chosen) return undefined;
    return chosen.entity ?? this.nameEntity(chosen.name, chosen.position);
  }

  /** A named organisation already met whose name opens with a one-word name ("Lumen" → "Lumen Retail"). */
  private bodyStartingWith(word: string): SpeakerEntity | undefined {
    for (const e of this.entities.values()) {
      if (e.kind === 'organisation' && !e.head && !e.mergedInto && e.name.startsWith(`${word} `)) return e;
    }
    return undefined;
  }

  /**
   * Whether a name is written before a titled name as its employer ("Metro Falcons point guard
   * Andre Lyle"): the next name of the sentence has a title, with at most three words between.
   */
  private employsTitled(n: NameOccurrence): boolean {
    const end = n.position.offset + n.name.length;
    const next = this.names.find(
      (m) =>
        m.position.paragraph === n.position.paragraph &&
        m.position.sentence === n.position.sentence &&
        m.position.offset > end,
    );
    return !!next?.description && next.position.offset - end <= SPEAKER_DEFAULTS.maxTitleChars;
  }

  private occurrenceEntity(
    n: NameOccurrence,
    make: () => SpeakerEntity | undefined,
  ): SpeakerEntity | undefined {
    if (!this.occurrenceEntities.has(n)) this.occurrenceEntities.set(n, make());
    return this.occurrenceEntities.get(n);
  }

  /** Whether an entity can be what a pronoun stands for. */
  private fits(entity: SpeakerEntity, pronoun: Pronoun): boolean {
    const human = entity.kind === 'person' || (entity.kind === 'unnamed' && isPersonNoun(entity.head ?? ''));
    if (pronoun === 'he' || pronoun === 'she') {
      if (!human || entity.plural) return false;
      if (entity.gender && entity.gender !== (pronoun === 'he' ? 'm' : 'f')) return false;
      return true;
    }
    if (pronoun === 'they')
      return entity.plural || entity.kind === 'organisation' || entity.kind === 'outlet';
    return !entity.plural && !human;
  }

  /**
   * The most recent compatible speaker or subject before `at`: sentence by sentence backwards, a
   * speaker of that sentence first, else the first name mentioned in it (the likely subject).
   */
  private resolvePronoun(pronoun: Pronoun, at: Position, anyone = false): SpeakerEntity | undefined {
    type Candidate = { entity: SpeakerEntity; position: Position; speaking: boolean };
    const candidates: Candidate[] = [...this.events];
    for (const n of this.names) {
      if (n.quoted || !before(n.position, at)) continue;
      // "Asked about Hale's prediction, he said": a possessive in the same sentence is not the subject
      if (n.possessive && n.position.paragraph === at.paragraph && n.position.sentence === at.sentence)
        continue;
      const personish = n.person || this.personSurnames.has(n.name.split(' ').pop() ?? '');
      // (a place may be what "it" stands for when the sentence is about it: "Ofwat has fined …")
      const organisation = !personish && nameKind(n.name, false) !== 'person' && !isPlaceName(n.name);
      if (!personish && !(organisation && (pronoun === 'it' || pronoun === 'they'))) continue;
      candidates.push({ entity: this.nameEntity(n.name, n.position), position: n.position, speaking: false });
    }
    if (pronoun === 'it') {
      for (const b of this.bodies) {
        if (b.quoted || !before(b.position, at)) continue;
        const mention = parseMention(b.name, { sentenceInitial: true });
        if (mention?.label)
          candidates.push({
            entity: this.resolveUnnamed(mention, b.position),
            position: b.position,
            speaking: false,
          });
      }
    }
    const wanted =
      pronoun === 'they' ? 'group' : pronoun === 'he' || pronoun === 'she' ? 'person' : undefined;
    if (wanted) {
      for (const g of this.groups) {
        if (g.quoted || !before(g.position, at) || g.person !== (wanted === 'person')) continue;
        const mention = parseMention(g.name, { sentenceInitial: true });
        if (mention?.label)
          candidates.push({
            entity: this.resolveUnnamed(mention, g.position),
            position: g.position,
            speaking: false,
          });
      }
    }
    const reach = at.paragraph - SPEAKER_DEFAULTS.pronounReachParagraphs;
    const bySentence = new Map<string, Candidate[]>();
    for (const c of candidates) {
      if (!before(c.position, at) || c.position.paragraph < reach) continue;
      const key = `${c.position.paragraph}:${c.position.sentence}`;
      const list = bySentence.get(key) ?? [];
      list.push(c);
      bySentence.set(key, list);
    }
    const keys = [...bySentence.keys()].sort((a, b) => {
      const [pa = 0, sa = 0] = a.split(':').map(Number);
      const [pb = 0, sb = 0] = b.split(':').map(Number);
      return pb - pa || sb - sa;
    });
    for (const key of keys) {
      const list = (bySentence.get(key) ?? []).filter((c) =>
        anyone ? this.fits(c.entity, 'he') || this.fits(c.entity, 'she') : this.fits(c.entity, pronoun),
      );
      if (list.length === 0) continue;
      const speaking = list.filter((c) => c.speaking);
      const pool = speaking.length > 0 ? speaking : list;
      pool.sort((a, b) =>
        speaking.length > 0 ? b.position.offset - a.position.offset : a.position.offset - b.position.offset,
      );
      const chosen = pool[0]?.entity;
      if (chosen && !anyone && !chosen.gender && (pronoun === 'he' || pronoun === 'she'))
        chosen.gender = pronoun === 'he' ? 'm' : 'f';
      return chosen;
    }
    return undefined;
  }
}
