/**
 * From folded words to index terms: stop words out, British spellings to American ones, irregular
 * verb forms to their base (`told` → `tell`), then the Porter2 stemmer (`troops` → `troop`,
 * `disarming` → `disarm`). Paragraphs and questions go through the same function.
 */
import stemWord from 'wink-porter2-stemmer';
import { IRREGULAR_FORMS, SPELLING_VARIANTS, STOP_WORDS } from './lexicon';

/** Whether a folded word carries no meaning for search. Acronyms in capitals (`US`, `WHO`) always do. */
export function isStopWord(word: string, allCaps = false): boolean {
  return !allCaps && STOP_WORDS.has(word);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** British to American spelling, by rule and by a short list: `stabilisation` → `stabilization`. */
export function americanise(word: string): string {
  const listed = SPELLING_VARIANTS.get(word);
  if (listed) return listed;
  if (word.length < 6) return word;
  // -ise, -ised, -ises, -ising, -isation(s) after a consonant: organise, stabilising, realisation
  const ise = /^(.*[^aeiouy])is(e|ed|es|ing|ation|ations|er|ers)$/.exec(word);
  if (ise?.[1] && ise[1].length >= 3) return `${ise[1]}iz${ise[2]}`;
  // -our after a consonant: colour, labour, behaviour, honoured
  const our = /^(.*[^aeiouy])our(s|ed|ing|able|ful)?$/.exec(word);
  if (our?.[1] && our[1].length >= 2) return `${our[1]}or${our[2] ?? ''}`;
  // -tre after a consonant: centre, theatre, metres
  const tre = /^(.*[^aeiouy])tre(s|d)?$/.exec(word);
  if (tre?.[1] && tre[1].length >= 2) return `${tre[1]}ter${tre[2] ?? ''}`;
  return word;
}

const isNumeric = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;
/**
 * Longer "words" (pasted junk, not English) are kept as they are: the stemmer's suffix patterns
 * take time quadratic in the word's length.
 */
const LONGEST_STEMMED_WORD = 40;

/**
 * The index term of a folded word that is not a stop word: `Troops` → `troop`,
 * `stabilisation` → `stabil`, `told` → `tell`. Words with digits stay as they are.
 */
export function termOf(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let term: string;
  if (isNumeric(word) || word.length <= 2 || word.length > LONGEST_STEMMED_WORD) term = word;
  else {
    const base = IRREGULAR_FORMS.get(word) ?? americanise(word);
    term = stemWord(base);
    if (term.length < 2) term = base;
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, term);
  return term;
}

/** Whether a word has a vowel (a rough test that it is a word and not an initialism). */
export const hasVowel = (word: string): boolean => {
  for (const ch of word) if (VOWELS.has(ch)) return true;
  return false;
};
