/**
 * A hash table of the distinct words of the paragraphs, looked up straight from the text: a plain
 * ASCII word is hashed and compared in place, in lower case, without making a string. Only words
 * seen for the first time become strings. This keeps indexing 100,000 paragraphs fast and lean.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Lower case of an ASCII character code (letters only change). */
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** FNV-1a hash of `text[start, end)` in lower case (ASCII). */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lowerCode(text.charCodeAt(i)), FNV_PRIME);
  return h | 0;
}

/** FNV-1a hash of a whole (already folded) word; equal to {@link hashRange} for lower-case ASCII. */
export const hashWord = (word: string): number => hashRange(word, 0, word.length);

/** Distinct words, each with an id (0, 1, 2 … in order of first sight). */
export class WordTable {
  /** The words by id. */
  readonly words: string[] = [];
  private hashes = new Int32Array(1 << 15);
  /** Open addressing: id + 1 per slot, 0 when empty. */
  private slots = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;

  /** Number of distinct words. */
  get size(): number {
    return this.words.length;
  }

  /** The id of the lower case of the plain ASCII word `text[start, end)`, or -1. */
  findRange(text: string, start: number, end: number, hash = hashRange(text, start, end)): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (word.charCodeAt(k) !== lowerCode(text.charCodeAt(start + k))) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  /** The id of a folded word, or -1. */
  find(word: string, hash = hashWord(word)): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] === hash && this.words[id] === word) return id;
    }
  }

  /** Adds a word that is not in the table yet (its hash as {@link hashWord} gives it) and returns its id. */
  add(word: string, hash = hashWord(word)): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) this.place(id, this.hashes[id]!);
  }
}
