/**
 * The words the briefings use, for mending the words of a question: misspelt words are mapped to
 * known ones (`forse` → `force`, `Netanyahoo` → `Netanyahu`), and names written several ways are
 * found together (`Meshaal`, `Mashaal`, `Meshal`) by the similarity of their spelling.
 *
 * Candidates come from a letter-pair index over the vocabulary and from the consonant skeleton of
 * names; fuse.js then ranks that small set. Nothing here ever scans all paragraphs.
 */
import Fuse from 'fuse.js';
import { editDistance, vowelWeightedDistance } from './edit-distance';

/** Tuning of the spelling layer, in one frozen object. */
export const VOCABULARY_DEFAULTS = Object.freeze({
  /** Shortest word that may be corrected. */
  minWordLength: 3,
  /** Fuse.js threshold for a candidate to count as similar (0 exact … 1 anything). */
  fuseThreshold: 0.45,
  /** Share of words written with a capital for the word to count as a name. */
  nameCapitalShare: 0.8,
  /** A known word seen at most this often may still be a misspelling of a much commoner word. */
  rareWordFrequency: 2,
  /** How much commoner that other word must be. */
  commonerFactor: 50,
  /** Shortest known word taken for a slip: shorter ones are often real words a letter apart (pay, say). */
  minKnownSlipLength: 5,
  /** Longest word looked at: longer ones are pasted junk, and comparing them costs length². */
  maxWordLength: 40,
  /** Most other spellings searched for one name. */
  maxAliases: 3,
  /** Most candidates handed to fuse.js for one word. */
  maxCandidates: 400,
});

/** A known word offered in place of, or beside, a word of the question. */
export interface WordMatch {
  /** The known word (folded). */
  readonly word: string;
  /** Edit distance from the word asked. */
  readonly distance: number;
  /** Weight of the match in the ranking, 1 for the word itself. */
  readonly weight: number;
}

/** What the vocabulary is built from: each distinct folded word, how often it occurs, how often capitalised. */
export interface WordStats {
  readonly word: string;
  readonly count: number;
  readonly capitalised: number;
}

/** The largest number of edits allowed for a word of this length. */
export function maxEditsFor(length: number): number {
  if (length <= 5) return 1;
  if (length <= 10) return 2;
  return 3;
}

const SKELETON_MAP: Readonly<Record<string, string>> = Object.freeze({ c: 'k', q: 'k', z: 's' });
const SKELETON_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * The consonant skeleton of a name: the first letter, then the consonants without repeats, with
 * c/k/q and s/z merged. `meshaal`, `mashaal`, `meshal` → `mshl`; `khaled`, `khalid` → `khld`.
 */
export function skeletonOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const raw = word[i] ?? '';
    const ch = SKELETON_MAP[raw] ?? raw;
    if (i > 0 && SKELETON_VOWELS.has(ch)) {
      last = '';
      continue;
    }
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

const isLetters = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return true;
};

/** Longest word length told apart by the letter-pair index (longer words share one bucket). */
const MAX_BUCKET_LENGTH = 63;

/**
 * The distinct letter pairs of a word padded with `^` and `$` (`gaza` → `^g ga az za a$`), as
 * numbers, each combined with the word's length so that the index is looked up by length too.
 */
function pairKeys(word: string, length: number): number[] {
  const keys: number[] = [];
  const bucket = Math.min(length, MAX_BUCKET_LENGTH);
  let previous = 94; // '^'
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 36; // '$'
    const key = (previous * 65536 + c) * 64 + bucket;
    if (!keys.includes(key)) keys.push(key);
    previous = c;
  }
  return keys;
}

/** Whether two names are spellings of one another: close for their length, and the same skeleton. */
function areNameVariants(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  const allowed = longest <= 5 ? 1 : 2;
  const d = editDistance(a, b, allowed);
  return d <= allowed && d / longest <= 0.3;
}

/** The serialisable state of a {@link Vocabulary}. */
export interface VocabularyData {
  readonly words: readonly string[];
  readonly counts: readonly number[];
  readonly names: readonly number[];
}

/** The vocabulary's look-up tables: words by letter pair, and names by consonant skeleton. */
interface LookupTables {
  readonly pairs: ReadonlyMap<number, Uint32Array>;
  readonly skeletons: ReadonlyMap<string, Uint32Array>;
}

function lookupTables(words: readonly string[], isName: Uint8Array): LookupTables {
  const pairs = new Map<number, number[]>();
  const skeletons = new Map<string, number[]>();
  words.forEach((word, id) => {
    for (const key of pairKeys(word, word.length)) {
      const list = pairs.get(key);
      if (list) list.push(id);
      else pairs.set(key, [id]);
    }
    if (isName[id]) {
      const key = skeletonOf(word);
      const list = skeletons.get(key);
      if (list) list.push(id);
      else skeletons.set(key, [id]);
    }
  });
  const pack = <K>(map: Map<K, number[]>): Map<K, Uint32Array> =>
    new Map([...map].map(([key, list]) => [key, Uint32Array.from(list)]));
  return { pairs: pack(pairs), skeletons: pack(skeletons) };
}

/**
 * The known words and how to reach them from a misspelt or differently spelt word. Immutable once
 * built.
 */
export class Vocabulary {
  private readonly words: readonly string[];
  private readonly counts: Uint32Array;
  private readonly isName: Uint8Array;
  private readonly ids: ReadonlyMap<string, number>;
  /** The look-up tables, built on first use (see {@link warm}). */
  private tables?: LookupTables;
  /** Scratch counters for shared letter pairs, one per word. */
  private readonly shared: Uint16Array;

  private constructor(words: readonly string[], counts: Uint32Array, isName: Uint8Array) {
    this.words = words;
    this.counts = counts;
    this.isName = isName;
    this.shared = new Uint16Array(words.length);
    const ids = new Map<string, number>();
    words.forEach((word, id) => ids.set(word, id));
    this.ids = ids;
  }

  /** Words by letter pair and length (see {@link pairKeys}). */
  private get pairs(): ReadonlyMap<number, Uint32Array> {
    return this.warm().pairs;
  }

  /** Names by their consonant skeleton. */
  private get skeletons(): ReadonlyMap<string, Uint32Array> {
    return this.warm().skeletons;
  }

  /**
   * Builds the look-up tables of misspellings now rather than at the first question that needs
   * them (a start loads faster, and the bot warms them once it is up).
   */
  warm(): LookupTables {
    this.tables ??= lookupTables(this.words, this.isName);
    return this.tables;
  }

  /** Builds the vocabulary from word statistics (words with digits and very short words are left out). */
  static build(stats: Iterable<WordStats>): Vocabulary {
    const kept = [...stats].filter(
      (s) => s.word.length >= VOCABULARY_DEFAULTS.minWordLength && isLetters(s.word),
    );
    kept.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    const counts = Uint32Array.from(kept, (s) => s.count);
    const isName = Uint8Array.from(kept, (s) =>
      s.capitalised >= s.count * VOCABULARY_DEFAULTS.nameCapitalShare ? 1 : 0,
    );
    return new Vocabulary(
      kept.map((s) => s.word),
      counts,
      isName,
    );
  }

  /** Restores a vocabulary saved with {@link toData}. */
  static fromData(data: VocabularyData): Vocabulary {
    const isName = new Uint8Array(data.words.length);
    for (const id of data.names) isName[id] = 1;
    return new Vocabulary(data.words, Uint32Array.from(data.counts), isName);
  }

  /** The state to persist. */
  toData(): VocabularyData {
    const names: number[] = [];
    this.isName.forEach((flag, id) => {
      if (flag) names.push(id);
    });
    return { words: this.words, counts: [...this.counts], names };
  }

  /** Number of distinct words. */
  get size(): number {
    return this.words.length;
  }

  /** Whether the briefings use this folded word. */
  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** How often the briefings use this folded word (0 when never). */
  frequency(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? 0 : this.counts[id]!;
  }

  /** Whether the word is mostly written with a capital (a name). */
  isNameWord(word: string): boolean {
    const id = this.ids.get(word);
    return id !== undefined && this.isName[id] === 1;
  }

  /**
   * Other spellings of a name that the briefings use: `meshaal` → `mashaal`, `meshal` (not the word
   * itself). Empty for words that are not names.
   */
  aliases(word: string): WordMatch[] {
    if (word.length > VOCABULARY_DEFAULTS.maxWordLength) return [];
    const group = this.skeletons.get(skeletonOf(word));
    if (!group) return [];
    const out: WordMatch[] = [];
    for (const id of group) {
      const other = this.words[id]!;
      if (other === word || !areNameVariants(word, other)) continue;
      out.push({ word: other, distance: editDistance(word, other), weight: 0.9 });
    }
    // the closest few spellings, commoner first among equals
    return out
      .sort(
        (a, b) =>
          vowelWeightedDistance(word, a.word) - vowelWeightedDistance(word, b.word) ||
          this.frequency(b.word) - this.frequency(a.word) ||
          (a.word < b.word ? -1 : 1),
      )
      .slice(0, VOCABULARY_DEFAULTS.maxAliases);
  }

  /**
   * Known words the given word is probably a misspelling of, best first: for an unknown word the
   * closest known word (and ties of equal standing); for a rare known word, a much commoner
   * neighbour. Empty when nothing is close enough.
   */
  corrections(word: string): WordMatch[] {
    if (
      word.length < VOCABULARY_DEFAULTS.minWordLength ||
      word.length > VOCABULARY_DEFAULTS.maxWordLength ||
      !isLetters(word)
    ) {
      return [];
    }
    const ownCount = this.frequency(word);
    const known = ownCount > 0;
    if (
      known &&
      (ownCount > VOCABULARY_DEFAULTS.rareWordFrequency ||
        word.length < VOCABULARY_DEFAULTS.minKnownSlipLength)
    )
      return [];
    const candidates = this.candidates(word);
    if (candidates.length === 0) return [];
    const maxEdits = maxEditsFor(word.length);
    const fuse = new Fuse(
      candidates.map((id) => this.words[id]!),
      { includeScore: true, threshold: VOCABULARY_DEFAULTS.fuseThreshold, ignoreLocation: true },
    );
    const ranked: {
      word: string;
      distance: number;
      weighted: number;
      sameSkeleton: boolean;
      score: number;
      count: number;
    }[] = [];
    const skeleton = skeletonOf(word);
    for (const result of fuse.search(word)) {
      const other = result.item;
      const id = this.ids.get(other)!;
      const sameSkeleton = skeletonOf(other) === skeleton;
      const limit = this.isName[id] === 1 && sameSkeleton ? maxEdits + 1 : maxEdits;
      const distance = editDistance(word, other, limit);
      if (distance > limit) continue;
      ranked.push({
        word: other,
        distance,
        weighted: vowelWeightedDistance(word, other),
        sameSkeleton,
        score: result.score ?? 1,
        count: this.counts[id]!,
      });
    }
    if (known) {
      const commoner = ownCount * VOCABULARY_DEFAULTS.commonerFactor;
      return ranked
        .filter((r) => r.distance === 1 && r.count >= commoner)
        .sort((a, b) => b.count - a.count)
        .slice(0, 1)
        .map((r) => ({ word: r.word, distance: r.distance, weight: 0.7 }));
    }
    // closest first; vowels weigh half (spellings of a name differ in vowels), then the same
    // consonants, the same first letter, fuse.js's score and the commoner word
    ranked.sort(
      (a, b) =>
        a.weighted - b.weighted ||
        Number(b.sameSkeleton) - Number(a.sameSkeleton) ||
        Number(b.word[0] === word[0]) - Number(a.word[0] === word[0]) ||
        a.score - b.score ||
        b.count - a.count ||
        (a.word < b.word ? -1 : 1),
    );
    const best = ranked[0];
    if (!best) return [];
    // the runners-up as close as the best one weigh the same: the question does not say which it meant
    return ranked
      .filter((r) => r.weighted === best.weighted && r.word[0] === best.word[0])
      .slice(0, 3)
      .map((r) => ({ word: r.word, distance: r.distance, weight: 0.9 }));
  }

  /** Words sharing enough letter pairs (or the skeleton, for names) with `word`, at most `maxCandidates`. */
  private candidates(word: string): number[] {
    const maxEdits = maxEditsFor(word.length);
    const shared = this.shared;
    const touched: number[] = [];
    let needed = Number.MAX_SAFE_INTEGER;
    for (let length = Math.max(1, word.length - maxEdits); length <= word.length + maxEdits; length++) {
      const keys = pairKeys(word, length);
      // each edit spoils at most two letter pairs, a swap of two letters three
      needed = Math.min(needed, Math.max(1, keys.length - Math.max(3, 2 * maxEdits)));
      for (const key of keys) {
        const list = this.pairs.get(key);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const id = list[k]!;
          if (shared[id] === 0) touched.push(id);
          shared[id] = shared[id]! + 1;
        }
      }
    }
    const own = this.ids.get(word) ?? -1;
    const found: { id: number; distance: number }[] = [];
    const seen = new Set<number>();
    const consider = (id: number, limit: number): void => {
      if (id === own || seen.has(id)) return;
      seen.add(id);
      const distance = editDistance(word, this.words[id]!, limit);
      if (distance <= limit) found.push({ id, distance });
    };
    for (const id of touched) {
      if (shared[id]! >= needed) consider(id, maxEdits);
      shared[id] = 0;
    }
    const group = this.skeletons.get(skeletonOf(word));
    if (group) for (const id of group) consider(id, maxEdits + 1);
    found.sort((a, b) => a.distance - b.distance || this.counts[b.id]! - this.counts[a.id]!);
    return found.slice(0, VOCABULARY_DEFAULTS.maxCandidates).map((f) => f.id);
  }
}
