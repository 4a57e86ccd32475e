/**
 * Helpers and lists shared by the word lists of the analysis. A leaf module: it imports nothing, so
 * any lexicon may use it.
 */

/** A set of words, for a word list written as arguments. */
export const wordSet = (...words: string[]): ReadonlySet<string> => new Set(words);

/** Subject pronouns (lower case): who or what a clause is about when it names nobody. */
export const SUBJECT_PRONOUNS: readonly string[] = Object.freeze([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
]);
