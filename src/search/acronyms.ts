/**
 * Acronyms the briefings define, as news copy does on first mention:
 * "the International Stabilization Force (ISF)". A question that uses the acronym also searches
 * for the long form, and one that uses the long form also searches for the acronym.
 */
import { tokenize, type Token } from './normalise';
import { isStopWord } from './terms';

/** Small words a long form may contain without a letter in the acronym ("Ministry of Defense"). */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  'de',
  'al',
  'el',
  'to',
]);

/** Longest acronym considered, in letters. */
const MAX_LETTERS = 8;

/**
 * The long form whose capitalised words' initials spell `letters`, ending at `tokens[end - 1]`,
 * or undefined. `letters` is lower case.
 */
function longFormBefore(tokens: readonly Token[], end: number, letters: string): Token[] | undefined {
  let i = end - 1;
  let l = letters.length - 1;
  const taken: Token[] = [];
  while (i >= 0 && l >= 0) {
    const token = tokens[i]!;
    if (token.capitalised && token.word[0] === letters[l]) {
      taken.unshift(token);
      l--;
    } else if (!CONNECTORS.has(token.word)) return undefined;
    i--;
  }
  return l < 0 && taken.length >= 2 ? taken : undefined;
}

/**
 * Finds the acronym definitions of one text: folded acronym → folded words of its long form
 * (stop words left out), e.g. `isf` → `international stabilization force`.
 */
export function findAcronyms(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (!text.includes('(')) return found;
  const tokens = tokenize(text);
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.allCaps || token.word.length > MAX_LETTERS || text[token.start - 1] !== '(') continue;
    if (text[token.end] !== ')') continue;
    const long = longFormBefore(tokens, k, token.word);
    if (!long) continue;
    // the long form must end right before the bracket
    const last = long[long.length - 1]!;
    if (text.slice(last.end, token.start - 1).trim() !== '') continue;
    found.set(
      token.word,
      long.map((t) => t.word).filter((w) => !isStopWord(w)),
    );
  }
  return found;
}

/** Whether the word at `start` opens a sentence: only spaces and closing quotes after a full stop. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i--;
  if (i >= 0 && (text[i] === '"' || text[i] === '”' || text[i] === '’')) i--;
  return i >= 0 && (text[i] === '.' || text[i] === '!' || text[i] === '?');
}

/** Fewest capitalised words in a name for its initials to stand for it without a definition. */
const MIN_IMPLIED_WORDS = 3;

/** Small words inside a name that is abbreviated without a definition ("Royal College of Nursing"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'de', 'del', 'al', 'el']);

/**
 * The names of one text that news copy abbreviates without saying so: runs of at least three
 * capitalised words, with connectors inside ("Royal College of Nursing" → `rcn`, "World Health
 * Organization" → `who`). Folded initials → folded words of the name (stop words left out).
 */
export function impliedAcronyms(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const tokens = tokenize(text);
  let run: Token[] = [];
  const add = (part: readonly Token[]): void => {
    const named = part.filter((t) => t.capitalised);
    if (named.length < MIN_IMPLIED_WORDS || named.length > MAX_LETTERS || named.some((t) => t.allCaps))
      return;
    const letters = named.map((t) => t.word[0]).join('');
    if (!found.has(letters))
      found.set(
        letters,
        part.map((t) => t.word).filter((w) => !isStopWord(w)),
      );
  };
  const close = (): void => {
    while (run.length > 0 && !run[run.length - 1]!.capitalised) run.pop();
    add(run);
    // "Centers for Disease Control and Prevention" is also the CDC
    const and = run.findIndex((t) => t.word === 'and');
    if (and > 0) add(run.slice(0, and));
    run = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const joined = run.length > 0 && text.slice(run[run.length - 1]!.end, token.start).trim() === '';
    if (run.length > 0 && !joined) close();
    // a sentence's first word ("The", "Officials") is no part of a name
    const opening = k === 0 || opensSentence(text, token.start);
    if (token.capitalised && !opening) run.push(token);
    else if (run.length > 0 && NAME_CONNECTORS.has(token.word) && !token.capitalised) run.push(token);
    else close();
  }
  close();
  return found;
}

/**
 * Collects the acronyms of many texts: for each acronym, the long form defined most often (ties:
 * the first seen); acronyms never defined come from the initials of long names
 * ({@link impliedAcronyms}), when those are not a word of the texts (`isWord` says which are).
 */
export function collectAcronyms(
  texts: Iterable<string>,
  isWord?: (word: string) => boolean,
): Map<string, string[]> {
  const counts = new Map<string, Map<string, { words: string[]; count: number }>>();
  const implied = new Map<string, string[]>();
  // without a word list of the texts, make one (callers that have one pass it: it is faster)
  const used = isWord ? undefined : new Set<string>();
  for (const text of texts) {
    if (used) for (const token of tokenize(text)) used.add(token.word);
    for (const [acronym, words] of impliedAcronyms(text))
      if (!implied.has(acronym)) implied.set(acronym, words);
    for (const [acronym, words] of findAcronyms(text)) {
      const forms = counts.get(acronym) ?? new Map<string, { words: string[]; count: number }>();
      const key = words.join(' ');
      const entry = forms.get(key);
      if (entry) entry.count++;
      else forms.set(key, { words, count: 1 });
      counts.set(acronym, forms);
    }
  }
  const out = new Map<string, string[]>();
  for (const [acronym, forms] of counts) {
    let best: { words: string[]; count: number } | undefined;
    for (const form of forms.values()) if (!best || form.count > best.count) best = form;
    if (best) out.set(acronym, best.words);
  }
  const known = isWord ?? ((word: string) => used?.has(word) ?? false);
  for (const [acronym, words] of implied) if (!out.has(acronym) && !known(acronym)) out.set(acronym, words);
  return out;
}
