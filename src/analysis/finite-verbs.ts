/**
 * Whether a run of words holds a finite verb, so that it can be a clause ("the state would act",
 * "the company expects growth") rather than a noun phrase ("a state of emergency late Tuesday",
 * "the charges"). A cheap test from word forms for news English, without a parser: auxiliaries and
 * modals, contractions, common irregular pasts, -ed pasts after a subject, -s presents after a
 * subject.
 */
import { type Token, isCapitalised } from './tokens';
import { wordSet as set } from './word-lists';

/** Auxiliaries, modals and forms of "be", "have" and "do": finite by themselves. */
const FINITE_WORDS = set(
  'is',
  'are',
  'was',
  'were',
  'am',
  'has',
  'have',
  'had',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'won’t',
  "won't",
  "can't",
  'cannot',
);
/** Common irregular pasts of news English. */
const IRREGULAR_PASTS = set(
  'went',
  'came',
  'took',
  'made',
  'gave',
  'got',
  'saw',
  'knew',
  'thought',
  'found',
  'left',
  'felt',
  'kept',
  'held',
  'brought',
  'began',
  'ran',
  'won',
  'lost',
  'paid',
  'met',
  'sent',
  'spent',
  'built',
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'fell',
  'rose',
  'grew',
  'drove',
  'wrote',
  'said',
  'told',
  'became',
  'stood',
  'understood',
  'sold',
  'bought',
  'caught',
  'taught',
  'fought',
  'led',
  'meant',
  'heard',
  'chose',
  'broke',
  'spoke',
  'threw',
  'flew',
  'drew',
  'wore',
  'hid',
  'shook',
  'struck',
  'sank',
  'stole',
  'swore',
  'ate',
  'forgot',
  'dealt',
  'sought',
  'lay',
  'laid',
  'fled',
  'shut',
  'spread',
  'split',
  'quit',
  'bore',
  'bid',
  'sat',
  'slid',
  'swept',
  'wept',
  'slept',
  'struck',
  'withdrew',
  'overtook',
  'undertook',
  'underwent',
  'oversaw',
);
/** Words before a noun: a following -ed or -s word is then an adjective or a plural noun. */
const NOUN_OPENERS = set(
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'no',
  'any',
  'some',
  'every',
  'each',
  'all',
  'both',
  'more',
  'most',
  'new',
  'other',
  'such',
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'to',
  'and',
  'or',
  'about',
  'over',
  'under',
  'into',
  'than',
  'as',
);
/** Subject pronouns: the next word is the verb. */
const SUBJECT_PRONOUNS = set('he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'there');
/** Endings of adjectives and other words that are no subject of a following -s verb. */
const ADJECTIVE_ENDINGS = [
  'al',
  'ive',
  'ous',
  'ic',
  'ful',
  'less',
  'able',
  'ible',
  'ary',
  'ed',
  'est',
  'ing',
];

/** Subjects whose "'s" is "is" or "has" ("it's", "he's"); after a name it is a possessive ("Russia's"). */
const CONTRACTING_SUBJECTS = set(
  'he',
  'she',
  'it',
  'that',
  'there',
  'what',
  'who',
  'where',
  'here',
  'everyone',
);

const isContraction = (lower: string): boolean => {
  if (["'re", "'ve", "'ll", "'d", "n't"].some((end) => lower.endsWith(end))) return true;
  return lower.endsWith("'s") && CONTRACTING_SUBJECTS.has(lower.slice(0, -2));
};
/** Whether the word before `i` can be the subject of a verb at `i` (a noun or a name, no opener). */
function subjectBefore(tokens: readonly Token[], i: number, from: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || i - 1 < from) return false;
  if (SUBJECT_PRONOUNS.has(prev.lower)) return true;
  if (NOUN_OPENERS.has(prev.lower)) return false;
  if (isCapitalised(prev)) return true;
  if (ADJECTIVE_ENDINGS.some((end) => prev.lower.endsWith(end))) return false;
  if (prev.lower.endsWith('ly')) return false;
  return true;
}

/** Whether a word is an auxiliary, a modal or a form of "be", "have" or "do" ("could", "had"). */
export const isAuxiliary = (lower: string): boolean => FINITE_WORDS.has(lower) || isContraction(lower);

/** Whether the words `tokens[start, end)` hold a finite verb. */
export function hasFiniteVerb(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    const lower = t.lower;
    if (FINITE_WORDS.has(lower) || isContraction(lower)) return true;
    if (isCapitalised(t) && i > start) continue;
    if (IRREGULAR_PASTS.has(lower) && subjectBefore(tokens, i, start)) return true;
    if (lower.length > 3 && lower.endsWith('ed') && subjectBefore(tokens, i, start)) return true;
    const presentS =
      lower.length > 3 &&
      lower.endsWith('s') &&
      !['ss', 'us', 'is', "s'"].some((end) => lower.endsWith(end)) &&
      i - 1 >= start;
    if (presentS && subjectBefore(tokens, i, start)) {
      // "the company expects": a subject opened by a determiner or a name; not "new measures"
      const before = tokens[i - 2];
      const prev = tokens[i - 1];
      if (isCapitalised(prev) || SUBJECT_PRONOUNS.has(prev?.lower ?? '')) return true;
      if (before && before.kind === 'word' && NOUN_OPENERS.has(before.lower) && i - 2 >= start) return true;
    }
  }
  return false;
}
