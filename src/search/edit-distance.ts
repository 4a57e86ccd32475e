/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
 * swaps of two neighbouring letters each cost one. `misison` → `mission` is 1, `Mashal` → `Meshaal` 2.
 */

/** Reused rows: the distance runs on short words, many times per question. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * The edit distance between `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA; // row i-2
  let prev = rowB; // row i-1
  let cur = rowC; // row i
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

const VOWEL_CODES = new Set([97, 101, 105, 111, 117, 121]); // a e i o u y
const isVowelCode = (c: number): boolean => VOWEL_CODES.has(c);

/**
 * An edit distance in which vowels weigh half: swapping one vowel for another, or adding or
 * dropping a vowel, costs 0.5. Spellings of one name differ mostly in their vowels
 * (`mashal` → `meshaal` costs 1, against 2 plain edits), so this ranks them before other words
 * at the same plain distance (`mashal` → `mashak` costs 1 too, but changes a consonant).
 */
export function vowelWeightedDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + (isVowelCode(b.charCodeAt(j - 1)) ? 0.5 : 1);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    const deleteCost = isVowelCode(ca) ? 0.5 : 1;
    cur[0] = prev[0]! + deleteCost;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const insertCost = isVowelCode(cb) ? 0.5 : 1;
      const substituteCost = ca === cb ? 0 : isVowelCode(ca) && isVowelCode(cb) ? 0.5 : 1;
      cur[j] = Math.min(prev[j]! + deleteCost, cur[j - 1]! + insertCost, prev[j - 1]! + substituteCost);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}
