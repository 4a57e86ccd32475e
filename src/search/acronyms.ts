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

/**
 * Collects the acronym definitions of many texts: for each acronym, the long form used most often
 * (ties: the first seen).
 */
export function collectAcronyms(texts: Iterable<string>): Map<string, string[]> {
  const counts = new Map<string, Map<string, { words: string[]; count: number }>>();
  for (const text of texts) {
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
  return out;
}
