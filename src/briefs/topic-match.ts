import type { Span } from '../analysis/clauses';
import type { TopicDefinition } from '../knowledge/types';

/**
 * Finding a topic's terms in text by comparing words, never by compiling the terms (which come from
 * knowledge files) into regular expressions. A term matches whole words, case-insensitively, with
 * the last word allowed in plural or possessive form ("troop" ~ "troops", "ISF" ~ "ISF's").
 */

/** A word of a text with its offsets. */
interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** A topic term found in a text. */
export interface TermHit {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** How strongly the term names the topic (see {@link termWeight}). */
  readonly weight: number;
}

/** A word: letters and digits, with inner apostrophes, dots and hyphens ("ISF's", "U.S.", "mid-2026"). */
const WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Splits a text into lowercase words with their offsets. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The forms a word may take: itself, without a possessive, without a plural ending. */
function baseForms(word: string): string[] {
  const forms = new Set([word]);
  const bare = word.replace(/['’]s$/, '');
  forms.add(bare);
  if (bare.endsWith('ies') && bare.length > 4) forms.add(bare.slice(0, -3) + 'y');
  if (/(?:ses|xes|zes|ches|shes)$/.test(bare)) forms.add(bare.slice(0, -2));
  if (bare.endsWith('s') && !bare.endsWith('ss') && bare.length > 3) forms.add(bare.slice(0, -1));
  return [...forms];
}

const sameWord = (textWord: string, termWord: string, last: boolean): boolean => {
  if (textWord === termWord) return true;
  if (!last) return false;
  const a = baseForms(textWord);
  return baseForms(termWord).some((f) => a.includes(f));
};

/**
 * How strongly a term names the topic: a proper name or acronym ("ISF", "International
 * Stabilization Force") more than a description ("the force"), which is more than a common noun
 * ("troops").
 */
export function termWeight(term: string): number {
  const parts = words(term);
  const proper = /\p{Lu}/u.test(term);
  const content = parts.filter((p) => !STOP_WORDS.has(p.word)).length;
  return (
    1 + (proper ? 1 : 0) + (content > 1 ? 1 : 0) + (parts.length > 1 && !proper && content === 1 ? 0.5 : 0)
  );
}

/** Function words that do not make a term specific. */
// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'our',
  'we', 'they', 'he', 'she', 'i', 'you', 'not', 'no', 'but', 'if', 'then', 'than', 'so', 'has', 'have', 'had',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'said', 'also',
  'very', 'all', 'any', 'some', 'more', 'most', 'one', 'two', 'there', 'which', 'who', 'what', 'when',
  'while', 'after', 'before', 'into', 'about', 'over', 'under', 'only', 'such', 'them', 'him', 'us', 'me',
  'my', 'your', 'up', 'out', 'just', 'now', 'being', 'other', 'per', 'via', 'toward', 'towards',
]);

/**
 * Every non-overlapping occurrence of the topic's terms in a text, longest terms first.
 */
export function findTerms(text: string, topic: Pick<TopicDefinition, 'terms'>): TermHit[] {
  const all = words(text);
  const terms = [...topic.terms]
    .map((term) => ({ term, parts: words(term).map((w) => w.word) }))
    .filter((t) => t.parts.length > 0)
    .sort((a, b) => b.parts.length - a.parts.length || b.term.length - a.term.length);
  const taken = new Array<boolean>(all.length).fill(false);
  const hits: TermHit[] = [];
  for (const { term, parts } of terms) {
    for (let i = 0; i + parts.length <= all.length; i++) {
      let ok = true;
      for (let j = 0; j < parts.length && ok; j++) {
        ok = !taken[i + j] && sameWord(all[i + j]?.word ?? '', parts[j] ?? '', j === parts.length - 1);
      }
      if (!ok) continue;
      for (let j = 0; j < parts.length; j++) taken[i + j] = true;
      hits.push({
        term,
        start: all[i]?.start ?? 0,
        end: all[i + parts.length - 1]?.end ?? 0,
        weight: termWeight(term),
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The spans of term hits, for keeping them when a sentence is tightened. */
export const hitSpans = (hits: readonly TermHit[]): Span[] => hits.map((h) => [h.start, h.end] as const);

/**
 * The words that refer to a topic: its declared terms, plus what its title implies — the title
 * itself, its acronym when every word is capitalised ("International Stabilization Force" → "ISF"),
 * and its head noun with "the" ("the force", "the restrictions").
 */
export function topicReferences(topic: Pick<TopicDefinition, 'terms' | 'title'>): string[] {
  const refs = new Set(topic.terms);
  const titleWords = words(topic.title).filter((w) => /\p{L}/u.test(w.word));
  if (titleWords.length >= 2) {
    refs.add(topic.title);
    const original = titleWords.map((w) => topic.title.slice(w.start, w.end));
    if (original.length >= 3 && original.every((w) => /^\p{Lu}/u.test(w))) {
      refs.add(original.map((w) => w[0]).join(''));
    }
    const head = titleWords[titleWords.length - 1]!.word;
    if (!STOP_WORDS.has(head) && head.length > 3) refs.add(`the ${head}`);
  }
  return [...refs];
}
