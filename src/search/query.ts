/**
 * Understanding a question: its question words (who, when, how many …) become intents, its other
 * words become search words, each with the known words it may stand for: itself, other spellings
 * of a name (`Meshaal` → `Mashaal`), or the correction of a misspelling (`forse` → `force`).
 */
import { CONDITION_QUESTION_WORDS, QUANTITY_WORDS, QUESTION_INTENTS, SYNONYM_GROUPS } from './lexicon';
import { tokenize } from './normalise';
import { isStopWord, termOf } from './terms';
import type { QueryPlan, QueryWord, QuestionIntent } from './types';
import type { Vocabulary } from './vocabulary';

/** Weight of a match through a synonym, relative to the word itself. */
export const SYNONYM_WEIGHT = 0.6;

let synonymsByTerm: Map<string, string[]> | undefined;

/** Other index terms with the same meaning: `deploy` → `send`, `dispatch`, `station`. */
export function synonymsOf(term: string): readonly string[] {
  if (!synonymsByTerm) {
    synonymsByTerm = new Map();
    for (const group of SYNONYM_GROUPS) {
      const terms = [...new Set(group.map(termOf))];
      for (const t of terms) {
        const list = synonymsByTerm.get(t) ?? [];
        for (const other of terms) if (other !== t && !list.includes(other)) list.push(other);
        synonymsByTerm.set(t, list);
      }
    }
  }
  return synonymsByTerm.get(term) ?? [];
}

/** Weight of the words of an acronym's long form (and of the acronym for a long form). */
export const ACRONYM_WEIGHT = 0.25;

/** Most words of a question that are searched for (the rest are ignored). */
export const MAX_QUERY_WORDS = 24;

/** The question's intents, from its question words: `When will …` → time, `How many …` → number. */
export function intentsOf(words: readonly string[]): QuestionIntent[] {
  const intents = new Set<QuestionIntent>();
  words.forEach((word, i) => {
    const intent = QUESTION_INTENTS.get(word);
    if (intent) intents.add(intent);
    if ((word === 'what' || word === 'which') && CONDITION_QUESTION_WORDS.has(words[i + 1] ?? '')) {
      intents.add('condition');
    }
    if (word === 'how' && QUANTITY_WORDS.has(words[i + 1] ?? '')) {
      intents.add(words[i + 1] === 'long' ? 'time' : 'number');
    }
  });
  return [...intents];
}

/** The word that "how many" / "how much" counts: the next word that is not a stop word. */
export function countedWord(words: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'how' || (words[i + 1] !== 'many' && words[i + 1] !== 'much')) continue;
    return words.slice(i + 2).find((w) => !isStopWord(w));
  }
  return undefined;
}

/**
 * Plans the search for a question. `hasTerm` tells whether an index term exists, so that words
 * whose stem is known are never "corrected".
 */
export function planQuery(
  question: string,
  vocabulary: Vocabulary,
  hasTerm: (term: string) => boolean,
  acronyms: ReadonlyMap<string, readonly string[]> = new Map(),
): QueryPlan {
  const tokens = tokenize(question);
  const intents = intentsOf(tokens.filter((t) => !t.allCaps).map((t) => t.word));
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (words.length >= MAX_QUERY_WORDS) break;
    if (isStopWord(token.word, token.allCaps)) continue;
    const term = termOf(token.word);
    if (seen.has(term)) continue;
    seen.add(term);
    const matches = new Map<string, { word: string; term: string; weight: number }>();
    const add = (word: string, weight: number): void => {
      const t = termOf(word);
      if (!hasTerm(t)) return;
      const old = matches.get(t);
      if (!old || old.weight < weight) matches.set(t, { word, term: t, weight });
    };
    const known = hasTerm(term);
    let corrected = false;
    if (known) {
      add(token.word, 1);
      for (const alias of vocabulary.aliases(token.word)) add(alias.word, alias.weight);
      // a rare word next to a much commoner one is probably a slip of the keyboard
      if (vocabulary.has(token.word))
        for (const fix of vocabulary.corrections(token.word)) add(fix.word, fix.weight);
    } else {
      // a word the briefings do not use but whose synonym they do is a paraphrase, not a slip
      for (const synonym of synonymsOf(term)) {
        if (hasTerm(synonym)) matches.set(synonym, { word: synonym, term: synonym, weight: SYNONYM_WEIGHT });
      }
      if (matches.size === 0) {
        for (const fix of vocabulary.corrections(token.word)) {
          add(fix.word, fix.weight);
          for (const alias of vocabulary.aliases(fix.word)) add(alias.word, fix.weight * alias.weight);
        }
        corrected = matches.size > 0;
      }
    }
    if (known || corrected)
      for (const found of [...matches.values()]) {
        for (const synonym of synonymsOf(found.term)) {
          if (!hasTerm(synonym) || matches.has(synonym)) continue;
          matches.set(synonym, { word: synonym, term: synonym, weight: found.weight * SYNONYM_WEIGHT });
        }
      }
    words.push({ word: token.word, matches: [...matches.values()], corrected });
  }
  const counted = countedWord(tokens.map((t) => t.word));
  return { intents, words: withAcronyms(words, acronyms, hasTerm), ...(counted ? { counted } : {}) };
}

/** A search word for a word of an acronym or long form, when the index knows it. */
function derivedWord(word: string, from: string, hasTerm: (term: string) => boolean): QueryWord | undefined {
  const term = termOf(word);
  if (!hasTerm(term)) return undefined;
  return { word, matches: [{ word, term, weight: ACRONYM_WEIGHT }], corrected: false, from };
}

/** An acronym with its long form and the terms of that long form. */
interface LongForm {
  readonly acronym: string;
  readonly long: readonly string[];
  readonly terms: readonly string[];
}

const longFormIndexes = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, LongForm[]>>();

/** The acronyms by each term of their long forms, built once per acronym table. */
function longFormsByPart(acronyms: ReadonlyMap<string, readonly string[]>): Map<string, LongForm[]> {
  let index = longFormIndexes.get(acronyms);
  if (!index) {
    index = new Map();
    for (const [acronym, long] of acronyms) {
      const form: LongForm = { acronym, long, terms: long.map((part) => termOf(part)) };
      for (const term of new Set(form.terms)) {
        const list = index.get(term);
        if (list) list.push(form);
        else index.set(term, [form]);
      }
    }
    longFormIndexes.set(acronyms, index);
  }
  return index;
}

/**
 * Adds the long form after an acronym the briefings define (`ISF` → `international stabilization
 * force`), and the acronym after a long form given in the question (at least two of its words).
 */
function withAcronyms(
  words: readonly QueryWord[],
  acronyms: ReadonlyMap<string, readonly string[]>,
  hasTerm: (term: string) => boolean,
): QueryWord[] {
  if (acronyms.size === 0) return [...words];
  const present = new Set(words.flatMap((w) => w.matches.map((m) => m.term)));
  const out: QueryWord[] = [];
  for (const word of words) {
    out.push(word);
    const long =
      acronyms.get(word.word) ?? (word.corrected ? acronyms.get(word.matches[0]?.word ?? '') : undefined);
    if (!long) continue;
    for (const part of long) {
      if (present.has(termOf(part))) continue;
      const derived = derivedWord(part, word.word, hasTerm);
      if (derived) {
        out.push(derived);
        present.add(termOf(part));
      }
    }
  }
  // only the acronyms whose long form shares a word with the question (thousands are known)
  const byPart = longFormsByPart(acronyms);
  const seen = new Set<string>();
  for (const term of [...present]) {
    for (const { acronym, long, terms } of byPart.get(term) ?? []) {
      if (seen.has(acronym)) continue;
      seen.add(acronym);
      if (present.has(termOf(acronym))) continue;
      const shared = terms.filter((part) => present.has(part)).length;
      if (shared < Math.min(2, terms.length)) continue;
      const derived = derivedWord(acronym, long.join(' '), hasTerm);
      if (derived) {
        out.push(derived);
        present.add(termOf(acronym));
      }
    }
  }
  return out;
}
