/**
 * The /ask engine: a word-level inverted index over paragraphs with BM25 weights in typed arrays,
 * where words that run through a briefing (or stand in its title) count partly as the story's, so
 * that every paragraph of the briefing shares in them; a bonus for question words that stand
 * together in the paragraph (phrases, proximity); a nudge for paragraphs that hold the kind of answer
 * asked for (a date for "when", a number for "how many", a statement for "who", a cause for "why"),
 * more when it stands by what was asked; the quotes of a speaker the question names; a little more
 * for newer briefings; and misspelt or differently spelt words mapped to known ones through the
 * {@link Vocabulary}. Built once, immutable, synchronous (one search at a time uses scratch arrays).
 */
import { createHash } from 'node:crypto';
import { collectAcronyms } from './acronyms';
import { ATTRIBUTION_WORDS, CONDITION_WORDS, NUMBER_WORDS, REASON_WORDS, TIME_WORDS } from './lexicon';
import { ALL_CAPS, CAPITALISED, PLAIN, foldToken, scanWords, tokenize } from './normalise';
import { planQuery } from './query';
import { bestSnippet } from './snippet';
import { isStopWord, termOf } from './terms';
import type { ParagraphDoc, ParagraphHit, QueryPlan, QuestionIntent, SearchOptions } from './types';
import { Vocabulary, type WordStats } from './vocabulary';
import { hashRange, hashWord, WordTable } from './word-table';

/** Tuning of the paragraph search, in one frozen object. */
export const SEARCH_DEFAULTS = Object.freeze({
  /** Hits returned when the caller does not say. */
  limit: 5,
  /** Whether the spellings and synonyms of a question word share the rarity of the commonest one. */
  sharedRarity: true,
  /** BM25 term-frequency saturation. */
  k1: 1.2,
  /** BM25 length normalisation. */
  b: 0.75,
  /** Candidates re-ranked with proximity, per hit asked for (at least `minRerank`). */
  rerankFactor: 8,
  minRerank: 100,
  /** Bonus for two question words side by side, in the question's order (a share of the rarer word's weight). */
  phraseBonus: 0.6,
  /** Bonus for two question words close together (divided by their distance). */
  proximityBonus: 0.35,
  /** Widest distance (in words) that still counts as close. */
  proximityWindow: 8,
  /** Score factor for a paragraph that holds what the question word asks for, per kind of answer. */
  intentBoost: Object.freeze({
    time: 0.35,
    number: 0.25,
    person: 0.1,
    place: 0,
    reason: 0.25,
    condition: 0.25,
  }),
  /**
   * How much of a question word's weight in a paragraph is the briefing's rather than the
   * paragraph's, times the share of the briefing's paragraphs that use it: the words that name the
   * story (used all through the briefing) then lift every paragraph of it alike, and the words that
   * are in few paragraphs pick the answer among them.
   */
  storyShare: 0.8,
  /** Weight of the share of the question's words the paragraph lacks but its briefing has (its context). */
  contextWeight: 0.6,
  /**
   * Score factor for news that is still fresh: up to this much more for a paragraph of the newest
   * briefing, halving with every `recencyHalfLifeDays` its briefing is older than the newest one.
   * Small on purpose: it only settles close calls, in favour of the latest word on a story.
   */
  recencyBoost: 0.1,
  recencyHalfLifeDays: 90,
  /**
   * Further score factor when the date (for "when") or the number (for "how many") stands within
   * `focusWindow` words of a question word that is not one of the story's: the answer sits by what
   * was asked, not elsewhere in a paragraph that merely names the story.
   */
  focusBoost: 0.2,
  focusWindow: 6,
  /** Score factor for a paragraph that quotes someone a question about saying names ("What did X say?"). */
  speakerBoost: 0.5,
  /** Score factor for a number right before the word "how many" counts ("two countries"). */
  countedBoost: 0.25,
  /** Weight of the share of the question's words found in the paragraph. */
  coverageWeight: 0.5,
});

/** Marks of what a paragraph holds, for question intents. */
const FLAG_TIME = 1;
const FLAG_NUMBER = 2;
const FLAG_ATTRIBUTION = 4;
const FLAG_QUOTE = 8;
const FLAG_CONDITION = 16;
const FLAG_REASON = 32;

const INTENT_FLAGS: Readonly<Record<QuestionIntent, number>> = Object.freeze({
  time: FLAG_TIME,
  number: FLAG_NUMBER,
  person: FLAG_ATTRIBUTION | FLAG_QUOTE,
  place: 0,
  reason: FLAG_REASON,
  condition: FLAG_CONDITION,
});

const STOP = -1;
/** Most question words scored (one bit each in a 32-bit mask), and the stride of per-word scratch. */
const WORD_SLOTS = 32;

/** Index terms of the number words ("two", "dozen", "hundreds"). */
const NUMBER_TERMS: ReadonlySet<string> = new Set([...NUMBER_WORDS].map((w) => termOf(w)));
/** Index terms of the time words ("july", "monday", "tomorrow"). */
const TIME_TERMS: ReadonlySet<string> = new Set([...TIME_WORDS].map((w) => termOf(w)));
const FORMAT_VERSION = 2;
const MAGIC = 'BBPS';

const isYear = (word: string): boolean =>
  word.length === 4 && (word.startsWith('19') || word.startsWith('20')) && /^\d{4}$/.test(word);
const hasDigit = (word: string): boolean => /\d/.test(word);

/** BM25 inverse document frequency of a term found in `df` of `n` paragraphs. */
const idfOf = (df: number, n: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Arrays that make up a built index; the same in memory and on disk. */
export interface IndexArrays {
  /** Term id per word of each paragraph (`-1` for stop words), paragraphs one after another. */
  readonly tokens: Int32Array;
  /** Where each paragraph's words start in `tokens` (length: paragraphs + 1). */
  readonly tokenStart: Uint32Array;
  /** What each paragraph holds (time, number, attribution, quote marks). */
  readonly flags: Uint8Array;
  /** Article number of each paragraph. */
  readonly docArticle: Uint32Array;
  /** Where each term's postings start (length: terms + 1). */
  readonly postingStart: Uint32Array;
  /** Paragraph of each posting. */
  readonly postingDoc: Uint32Array;
  /** BM25 term-frequency part of each posting, length-normalised (precomputed). */
  readonly postingImpact: Float32Array;
  /** Inverse document frequency of each term. */
  readonly idf: Float32Array;
  /** Where each term's list of briefings starts (length: terms + 1). */
  readonly articleTermStart: Uint32Array;
  /** Briefings using each term: the briefing context of a paragraph. */
  readonly articleTermArticles: Uint32Array;
}

/** Everything persisted besides the arrays. */
interface IndexHeader {
  readonly version: number;
  readonly hash: string;
  readonly terms: readonly string[];
  readonly articles: readonly string[];
  readonly vocabulary: ReturnType<Vocabulary['toData']>;
  readonly acronyms: [string, string[]][];
}

/**
 * A content hash of the paragraphs: a persisted index is valid for exactly these paragraphs.
 */
export function contentHash(docs: readonly ParagraphDoc[]): string {
  const hash = createHash('sha256');
  hash.update(`v${FORMAT_VERSION}\n`);
  for (const doc of docs) {
    hash.update(doc.article);
    hash.update('\u0000');
    hash.update(String(doc.paragraph));
    hash.update('\u0000');
    hash.update(doc.text);
    if (doc.speakers) hash.update(`\u0002${doc.speakers.join('\u0003')}`);
    hash.update('\u0001');
  }
  return hash.digest('hex');
}

/** Collects the words of all paragraphs into the index arrays. */
function buildArrays(docs: readonly ParagraphDoc[]): {
  arrays: IndexArrays;
  terms: string[];
  articles: string[];
  stats: WordStats[];
} {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const articleIds = new Map<string, number>();
  const articles: string[] = [];
  // every distinct word once: its term (or STOP), what it marks, how often it is used and capitalised
  const table = new WordTable();
  const wordTerm: number[] = [];
  const wordFlag: number[] = [];
  const wordCount: number[] = [];
  const wordCapitalised: number[] = [];
  const termIdOf = (term: string): number => {
    let termId = termIds.get(term);
    if (termId === undefined) {
      termId = terms.length;
      terms.push(term);
      termIds.set(term, termId);
    }
    return termId;
  };
  const addWord = (word: string, hash: number): number => {
    const id = table.add(word, hash);
    let flag = 0;
    if (TIME_WORDS.has(word) || isYear(word)) flag |= FLAG_TIME;
    if (NUMBER_WORDS.has(word) || hasDigit(word)) flag |= FLAG_NUMBER;
    if (ATTRIBUTION_WORDS.has(word)) flag |= FLAG_ATTRIBUTION;
    if (CONDITION_WORDS.has(word)) flag |= FLAG_CONDITION;
    if (REASON_WORDS.has(word)) flag |= FLAG_REASON;
    wordTerm.push(isStopWord(word) ? STOP : termIdOf(termOf(word)));
    wordFlag.push(flag);
    wordCount.push(0);
    wordCapitalised.push(0);
    return id;
  };
  /** The word id of `text[start, wordEnd)`, adding the word when new; -1 for a word of marks only. */
  const wordIdOf = (text: string, start: number, wordEnd: number, caps: number): number => {
    if (caps & PLAIN) {
      const hash = hashRange(text, start, wordEnd);
      const id = table.findRange(text, start, wordEnd, hash);
      return id >= 0 ? id : addWord(text.slice(start, wordEnd).toLowerCase(), hash);
    }
    const word = foldToken(text, start, wordEnd, caps);
    if (word.length === 0) return -1;
    const hash = hashWord(word);
    const id = table.find(word, hash);
    return id >= 0 ? id : addWord(word, hash);
  };
  const n = docs.length;
  const tokenStart = new Uint32Array(n + 1);
  const flags = new Uint8Array(n);
  const docArticle = new Uint32Array(n);
  let totalLength = 0;
  for (const doc of docs) totalLength += doc.text.length;
  let tokens = new Int32Array(Math.max(1024, Math.ceil(totalLength / 5)));
  let used = 0;
  const pushToken = (termId: number): void => {
    if (used === tokens.length) {
      const grown = new Int32Array(Math.ceil(tokens.length * 1.5));
      grown.set(tokens);
      tokens = grown;
    }
    tokens[used++] = termId;
  };
  let flag = 0;
  let text = '';
  const visit = (start: number, wordEnd: number, _end: number, caps: number): void => {
    const id = wordIdOf(text, start, wordEnd, caps);
    if (id < 0) return;
    flag |= wordFlag[id]!;
    let termId = wordTerm[id]!;
    // a stop word written in capitals is an acronym ("US", "WHO")
    if (termId === STOP && caps & ALL_CAPS) termId = termIdOf(termOf(table.words[id]!));
    pushToken(termId);
    if (termId === STOP) return;
    wordCount[id]!++;
    if (caps & CAPITALISED) wordCapitalised[id]!++;
  };

  // speakers the paragraph does not name (it says "he"): their words after a gap, so that they
  // match the question's names without standing near any of the paragraph's words
  let nameFrom = 0;
  let gapAdded = false;
  const visitName = (start: number, wordEnd: number, end: number, caps: number): void => {
    const id = wordIdOf(text, start, wordEnd, caps);
    if (id < 0) return;
    const termId = wordTerm[id]!;
    if (termId === STOP) return;
    for (let k = nameFrom; k < used; k++) if (tokens[k] === termId) return;
    if (!gapAdded) {
      for (let g = 0; g <= SEARCH_DEFAULTS.proximityWindow; g++) pushToken(STOP);
      gapAdded = true;
    }
    visit(start, wordEnd, end, caps);
  };
  const addSpeakers = (speakers: readonly string[], from: number): void => {
    nameFrom = from;
    gapAdded = false;
    for (const name of speakers) {
      text = name;
      scanWords(name, visitName);
    }
  };

  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    let articleId = articleIds.get(doc.article);
    if (articleId === undefined) {
      articleId = articles.length;
      articles.push(doc.article);
      articleIds.set(doc.article, articleId);
    }
    docArticle[d] = articleId;
    tokenStart[d] = used;
    text = doc.text;
    flag = 0;
    if (text.includes('"') || text.includes('“') || text.includes('”')) flag |= FLAG_QUOTE;
    scanWords(text, visit);
    if (doc.speakers && doc.speakers.length > 0) addSpeakers(doc.speakers, tokenStart[d]!);
    flags[d] = flag;
  }
  tokenStart[n] = used;
  tokens = used < tokens.length * 0.9 ? tokens.slice(0, used) : tokens.subarray(0, used);

  // postings: count the paragraphs of each term, then fill term by term (compressed rows)
  const t = terms.length;
  const lastDoc = new Int32Array(t).fill(-1);
  const df = new Uint32Array(t);
  const docLength = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    let length = 0;
    for (let k = tokenStart[d]!; k < tokenStart[d + 1]!; k++) {
      const id = tokens[k]!;
      if (id === STOP) continue;
      length++;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        df[id]!++;
      }
    }
    docLength[d] = length;
  }
  const postingStart = new Uint32Array(t + 1);
  for (let id = 0; id < t; id++) postingStart[id + 1] = postingStart[id]! + df[id]!;
  const total = postingStart[t]!;
  const postingDoc = new Uint32Array(total);
  const postingTf = new Uint16Array(total);
  const cursor = postingStart.slice(0, t);
  const slot = new Int32Array(t);
  lastDoc.fill(-1);
  for (let d = 0; d < n; d++) {
    for (let k = tokenStart[d]!; k < tokenStart[d + 1]!; k++) {
      const id = tokens[k]!;
      if (id === STOP) continue;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        const p = cursor[id]!++;
        slot[id] = p;
        postingDoc[p] = d;
        postingTf[p] = 1;
      } else if (postingTf[slot[id]!]! < 65535) postingTf[slot[id]!]!++;
    }
  }
  let lengthSum = 0;
  for (let d = 0; d < n; d++) lengthSum += docLength[d]!;
  const avg = n > 0 ? Math.max(1, lengthSum / n) : 1;
  const { k1, b } = SEARCH_DEFAULTS;
  const postingImpact = new Float32Array(total);
  for (let id = 0; id < t; id++) {
    for (let p = postingStart[id]!; p < postingStart[id + 1]!; p++) {
      const tf = postingTf[p]!;
      const norm = k1 * (1 - b + (b * docLength[postingDoc[p]!]!) / avg);
      postingImpact[p] = (tf * (k1 + 1)) / (tf + norm);
    }
  }
  const idf = new Float32Array(t);
  for (let id = 0; id < t; id++) idf[id] = idfOf(df[id]!, n);

  // which briefings use each term (for the briefing context of a paragraph); paragraphs are
  // taken briefing by briefing (a counting sort), so each term lists each briefing once
  const articleFirst = new Uint32Array(articles.length + 1);
  for (let d = 0; d < n; d++) articleFirst[docArticle[d]! + 1]!++;
  for (let a = 0; a < articles.length; a++) articleFirst[a + 1]! += articleFirst[a]!;
  const byArticle = new Uint32Array(n);
  const fill = articleFirst.slice(0, articles.length);
  for (let d = 0; d < n; d++) byArticle[fill[docArticle[d]!]!++] = d;
  const lastArticle = new Int32Array(t).fill(-1);
  const articleCount = new Uint32Array(t);
  let pairs = new Uint32Array(1024);
  let pairCount = 0;
  for (let a = 0; a < articles.length; a++) {
    for (let k = articleFirst[a]!; k < articleFirst[a + 1]!; k++) {
      const d = byArticle[k]!;
      for (let p = tokenStart[d]!; p < tokenStart[d + 1]!; p++) {
        const id = tokens[p]!;
        if (id === STOP || lastArticle[id] === a) continue;
        lastArticle[id] = a;
        articleCount[id]!++;
        if (pairCount + 2 > pairs.length) {
          const grown = new Uint32Array(pairs.length * 2);
          grown.set(pairs);
          pairs = grown;
        }
        pairs[pairCount++] = id;
        pairs[pairCount++] = a;
      }
    }
  }
  const articleTermStart = new Uint32Array(t + 1);
  for (let id = 0; id < t; id++) articleTermStart[id + 1] = articleTermStart[id]! + articleCount[id]!;
  const articleTermArticles = new Uint32Array(articleTermStart[t]!);
  const articleCursor = articleTermStart.slice(0, t);
  for (let k = 0; k < pairCount; k += 2) articleTermArticles[articleCursor[pairs[k]!]!++] = pairs[k + 1]!;

  const stats: WordStats[] = [];
  table.words.forEach((word, id) => {
    if (wordCount[id]! > 0) stats.push({ word, count: wordCount[id]!, capitalised: wordCapitalised[id]! });
  });
  return {
    arrays: {
      tokens,
      tokenStart,
      flags,
      docArticle,
      postingStart,
      postingDoc,
      postingImpact,
      idf,
      articleTermStart,
      articleTermArticles,
    },
    terms,
    articles,
    stats,
  };
}

/** For each known term in a briefing title, the briefings (ids) whose title uses it. */
function titleTerms(
  docs: readonly ParagraphDoc[],
  docArticle: Uint32Array,
  termIds: ReadonlyMap<string, number>,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let last = -1;
  docs.forEach((doc, d) => {
    const a = docArticle[d]!;
    if (a === last || !doc.title) return;
    last = a;
    for (const token of tokenize(doc.title)) {
      if (isStopWord(token.word, token.allCaps)) continue;
      const id = termIds.get(termOf(token.word));
      if (id === undefined) continue;
      const list = out.get(id) ?? [];
      if (list[list.length - 1] !== a) list.push(a);
      out.set(id, list);
    }
  });
  return out;
}

/**
 * For a question about what a named speaker said ("What did Fidan say about …?"), the terms
 * of its words as written (no corrections or synonyms), to find the paragraphs quoting them;
 * undefined for other questions.
 */
function askedSpeakerTerms(plan: QueryPlan): Set<string> | undefined {
  // "who said …" asks for the speaker; "what did X say" names one
  if (plan.intents.includes('person') || !plan.words.some((w) => ATTRIBUTION_WORDS.has(w.word.toLowerCase())))
    return undefined;
  const terms = new Set<string>();
  for (const word of plan.words) for (const m of word.matches) if (m.weight === 1) terms.add(m.term);
  return terms;
}

/**
 * The freshness factor of each briefing (1 … 1 + `recencyBoost`): by the days between its
 * `published` day and the newest briefing's. Briefings without a date get 1.
 */
function recencyFactors(
  docs: readonly ParagraphDoc[],
  docArticle: Uint32Array,
  articles: number,
): Float32Array {
  const days = new Float64Array(articles).fill(NaN);
  let last = -1;
  docs.forEach((doc, d) => {
    const a = docArticle[d]!;
    if (a === last) return; // a briefing's paragraphs come together and share its date
    last = a;
    const time = doc.published ? Date.parse(doc.published) : NaN;
    if (Number.isFinite(time)) days[a] = time / 86_400_000;
  });
  let newest = -Infinity;
  for (const day of days) if (day > newest) newest = day;
  const { recencyBoost, recencyHalfLifeDays } = SEARCH_DEFAULTS;
  const factors = new Float32Array(articles).fill(1);
  days.forEach((day, a) => {
    if (Number.isFinite(day)) factors[a] = 1 + recencyBoost * 2 ** (-(newest - day) / recencyHalfLifeDays);
  });
  return factors;
}

/** A built index handed back by {@link ParagraphSearch.deserialize}; opaque to callers. */
export interface RestoredIndex {
  readonly hash: string;
  readonly arrays: IndexArrays;
  readonly terms: readonly string[];
  readonly articles: readonly string[];
  readonly vocabulary: Vocabulary;
  readonly acronyms: ReadonlyMap<string, readonly string[]>;
}

/** One word of the question as scored: its term ids and weights. */
interface ScoredWord {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
  /** Inverse document frequency used for each term. */
  readonly idfs: readonly number[];
  /** The largest weight × idf of its terms: what the word is worth. */
  readonly worth: number;
}

/** A min-heap of the best `capacity` (score, doc) pairs. */
class TopK {
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  size = 0;
  constructor(readonly capacity: number) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }
  /** Lowest score kept, or -Infinity while not full. */
  get floor(): number {
    return this.size < this.capacity ? -Infinity : this.scores[0]!;
  }
  push(doc: number, score: number): void {
    const { docs, scores } = this;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[parent]! <= score) break;
        scores[i] = scores[parent]!;
        docs[i] = docs[parent]!;
        i = parent;
      }
      scores[i] = score;
      docs[i] = doc;
      return;
    }
    if (score <= scores[0]!) return;
    let i = 0;
    const n = this.size;
    while (true) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && scores[r]! < scores[l]! ? r : l;
      if (scores[c]! >= score) break;
      scores[i] = scores[c]!;
      docs[i] = docs[c]!;
      i = c;
    }
    scores[i] = score;
    docs[i] = doc;
  }
  /** The kept pairs, best first (ties by paragraph order). */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/**
 * A paragraph search over a fixed set of paragraphs. Build it once with {@link ParagraphSearch.build}
 * (or restore it with {@link ParagraphSearch.deserialize}); then call {@link search} as often as
 * needed. Nothing changes after the build.
 */
export class ParagraphSearch {
  /** The content hash of the paragraphs it was built from. */
  readonly hash: string;
  private readonly docs: readonly ParagraphDoc[];
  private readonly arrays: IndexArrays;
  private readonly terms: readonly string[];
  private readonly termIds: ReadonlyMap<string, number>;
  private readonly articles: readonly string[];
  private readonly articleIds: ReadonlyMap<string, number>;
  private readonly vocabulary: Vocabulary;
  private readonly acronyms: ReadonlyMap<string, readonly string[]>;
  /** Scratch space for one search (searches are synchronous, so one set is enough). */
  private readonly acc: Float64Array;
  private readonly matched: Uint32Array;
  private readonly touched: Int32Array;
  private readonly articleMask: Uint32Array;
  private readonly seen: Uint32Array;
  /** Per briefing and question word: how many of its paragraphs use the word (scratch). */
  private readonly storyCounts: Uint32Array;
  /** Number of paragraphs of each briefing. */
  private readonly articleParagraphs: Uint32Array;
  /** What the last search counted in `storyCounts`, to clear it. */
  private storyTouched: { titled: number[]; docs: number; words: number } = { titled: [], docs: 0, words: 0 };
  /** For each term used in briefing titles, the briefings whose title uses it. */
  private readonly titleArticles: ReadonlyMap<number, readonly number[]>;
  /** Score factor of each briefing for its freshness (see `recencyBoost`). */
  private readonly articleRecency: Float32Array;

  /**
   * Builds the index over the paragraphs (in the order given; ties rank earlier paragraphs first).
   * `restored` is for {@link ParagraphSearch.deserialize} only.
   */
  constructor(docs: readonly ParagraphDoc[], restored?: RestoredIndex) {
    let built: RestoredIndex;
    if (restored) built = restored;
    else {
      const { arrays, terms, articles, stats } = buildArrays(docs);
      const termSet = new Set(terms);
      built = {
        hash: contentHash(docs),
        arrays,
        terms,
        articles,
        vocabulary: Vocabulary.build(stats),
        acronyms: collectAcronyms(
          docs.map((d) => d.text),
          (word) => termSet.has(termOf(word)),
        ),
      };
    }
    this.docs = docs;
    this.hash = built.hash;
    this.arrays = built.arrays;
    this.terms = built.terms;
    this.termIds = new Map(built.terms.map((term, id) => [term, id]));
    this.articles = built.articles;
    this.articleIds = new Map(built.articles.map((a, id) => [a, id]));
    this.vocabulary = built.vocabulary;
    this.acronyms = built.acronyms;
    this.acc = new Float64Array(docs.length);
    this.matched = new Uint32Array(docs.length);
    this.touched = new Int32Array(docs.length);
    this.articleMask = new Uint32Array(built.articles.length);
    this.seen = new Uint32Array(docs.length);
    this.storyCounts = new Uint32Array(built.articles.length * WORD_SLOTS);
    this.articleParagraphs = new Uint32Array(built.articles.length);
    for (const a of built.arrays.docArticle) this.articleParagraphs[a]!++;
    this.titleArticles = titleTerms(docs, built.arrays.docArticle, this.termIds);
    this.articleRecency = recencyFactors(docs, built.arrays.docArticle, built.articles.length);
  }

  /** Builds the index over the paragraphs; the same as `new ParagraphSearch(docs)`. */
  static build(docs: readonly ParagraphDoc[]): ParagraphSearch {
    return new ParagraphSearch(docs);
  }

  /** Builds the spelling tables of the vocabulary now (see {@link Vocabulary.warm}). */
  warm(): void {
    this.vocabulary.warm();
  }

  /** Number of paragraphs indexed. */
  get size(): number {
    return this.docs.length;
  }

  /** Number of distinct index terms. */
  get termCount(): number {
    return this.terms.length;
  }

  /** How a question is understood: intents, and the known words searched for each of its words. */
  plan(question: string): QueryPlan {
    return planQuery(question, this.vocabulary, (term) => this.termIds.has(term), this.acronyms);
  }

  /**
   * The paragraphs that best answer the question, best first, each with its best sentence(s) as the
   * snippet and the matched words' offsets. Empty when no word of the question is known.
   */
  search(question: string, options: SearchOptions = {}): ParagraphHit[] {
    const limit = Math.max(1, Math.floor(options.limit ?? SEARCH_DEFAULTS.limit));
    const plan = this.plan(question);
    const words: ScoredWord[] = [];
    const termWeights = new Map<string, number>();
    const { idf, postingStart } = this.arrays;
    const idfs: number[][] = [];
    for (const word of plan.words) {
      if (word.matches.length === 0) continue;
      const ids: number[] = [];
      const weights: number[] = [];
      // the spellings and synonyms of a word count as one term: the rarity of the commonest one
      let df = 0;
      for (const match of word.matches) {
        const id = this.termIds.get(match.term)!;
        df = Math.max(df, postingStart[id + 1]! - postingStart[id]!);
      }
      const wordIdf = idfOf(df, this.docs.length);
      let worth = 0;
      for (const match of word.matches) {
        const id = this.termIds.get(match.term)!;
        ids.push(id);
        weights.push(match.weight);
        const own = SEARCH_DEFAULTS.sharedRarity ? wordIdf : idf[id]!;
        worth = Math.max(worth, match.weight * own);
        termWeights.set(match.term, Math.max(termWeights.get(match.term) ?? 0, match.weight * own));
      }
      idfs.push(SEARCH_DEFAULTS.sharedRarity ? word.matches.map(() => wordIdf) : ids.map((id) => idf[id]!));
      words.push({ ids, weights, idfs: idfs[idfs.length - 1]!, worth });
      if (words.length === 31) break;
    }
    if (words.length === 0) return [];
    const allowed = this.allowedArticles(options.articles);
    if (allowed && allowed.size === 0) return [];
    const counted = plan.counted === undefined ? undefined : this.countedTerms(plan);
    const asked = askedSpeakerTerms(plan);
    const candidates = this.scoreCandidates(
      words,
      allowed,
      Math.max(SEARCH_DEFAULTS.minRerank, limit * SEARCH_DEFAULTS.rerankFactor),
    );
    const reranked = candidates
      .map(({ doc, score }) => ({ doc, score: score + this.proximity(doc, words) }))
      .map(({ doc, score }) => ({
        doc,
        score:
          score *
          (this.intentFactor(doc, plan, counted, words) + this.speakerBonus(doc, asked)) *
          this.articleRecency[this.arrays.docArticle[doc]!]!,
      }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit);
    this.clearStory();
    return reranked.map(({ doc, score }) => {
      const d = this.docs[doc]!;
      const snippet = bestSnippet(d.text, d.sentences, termWeights);
      return {
        article: d.article,
        paragraph: d.paragraph,
        score: Math.round(score * 1000) / 1000,
        snippet: snippet.text,
        highlights: snippet.highlights,
      };
    });
  }

  /**
   * The paragraphs that use any of the given words or phrases (`["ISF", "stabilization force"]`),
   * in paragraph order: a phrase counts when all its words are in the paragraph. Words match by
   * their stem, without spelling corrections or synonyms. Meant for briefs (topic status) that
   * need the paragraphs about something without reading every paragraph.
   */
  paragraphsWith(
    phrases: readonly string[],
    options: Pick<SearchOptions, 'articles'> = {},
  ): { article: string; paragraph: number }[] {
    const { postingStart, postingDoc, docArticle } = this.arrays;
    const allowed = this.allowedArticles(options.articles);
    const found = new Set<number>();
    for (const phrase of phrases) {
      const ids: number[] = [];
      let unknown = false;
      for (const token of tokenize(phrase)) {
        if (isStopWord(token.word, token.allCaps)) continue;
        const id = this.termIds.get(termOf(token.word));
        if (id === undefined) unknown = true;
        else ids.push(id);
      }
      if (unknown || ids.length === 0) continue;
      // the rarest word's paragraphs, kept when they have the other words too
      ids.sort((a, b) => postingStart[a + 1]! - postingStart[a]! - (postingStart[b + 1]! - postingStart[b]!));
      const [rarest, ...others] = ids;
      for (let p = postingStart[rarest!]!; p < postingStart[rarest! + 1]!; p++) {
        const doc = postingDoc[p]!;
        if (found.has(doc) || (allowed && !allowed.has(docArticle[doc]!))) continue;
        if (others.every((id) => this.hasTerm(doc, id))) found.add(doc);
      }
    }
    return [...found]
      .sort((a, b) => a - b)
      .map((doc) => ({ article: this.docs[doc]!.article, paragraph: this.docs[doc]!.paragraph }));
  }

  /** Whether a paragraph uses a term (binary search in the term's postings, which are in paragraph order). */
  private hasTerm(doc: number, id: number): boolean {
    const { postingStart, postingDoc } = this.arrays;
    let lo = postingStart[id]!;
    let hi = postingStart[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = postingDoc[mid]!;
      if (value === doc) return true;
      if (value < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  private allowedArticles(articles: ReadonlySet<string> | undefined): Set<number> | undefined {
    if (!articles) return undefined;
    const ids = new Set<number>();
    for (const a of articles) {
      const id = this.articleIds.get(a);
      if (id !== undefined) ids.add(id);
    }
    return ids;
  }

  /** Term at a time: adds up BM25 over the postings, then keeps the best `capacity` paragraphs. */
  private scoreCandidates(
    words: readonly ScoredWord[],
    allowed: Set<number> | undefined,
    capacity: number,
  ): { doc: number; score: number }[] {
    const { postingStart, postingDoc, postingImpact, docArticle } = this.arrays;
    const { acc, matched, seen, touched, storyCounts, articleParagraphs } = this;
    // first pass: which paragraphs use each word, and how many of each briefing's paragraphs do
    let touchedCount = 0;
    words.forEach((word, w) => {
      const bit = 1 << w;
      for (const id of word.ids) {
        const end = postingStart[id + 1]!;
        for (let p = postingStart[id]!; p < end; p++) {
          const doc = postingDoc[p]!;
          if (matched[doc] === 0) {
            if (allowed && !allowed.has(docArticle[doc]!)) continue;
            touched[touchedCount++] = doc;
          }
          if ((matched[doc]! & bit) === 0) {
            matched[doc] = matched[doc]! | bit;
            const slot = docArticle[doc]! * WORD_SLOTS + w;
            storyCounts[slot] = storyCounts[slot]! + 1;
          }
        }
      }
    });
    // a word of a briefing's title names its story, as if all its paragraphs used it
    const { titleArticles } = this;
    const titled: number[] = [];
    words.forEach((word, w) => {
      for (const id of word.ids) {
        for (const a of titleArticles.get(id) ?? []) {
          storyCounts[a * WORD_SLOTS + w] = articleParagraphs[a]!;
          titled.push(a);
        }
      }
    });
    // second pass: BM25, where a word that runs through the paragraph's briefing counts partly as
    // the briefing's (the story's) word: every paragraph of the briefing shares in it
    words.forEach((word, w) => {
      const bit = 1 << w;
      word.ids.forEach((id, i) => {
        const weight = word.weights[i]! * word.idfs[i]!;
        const end = postingStart[id + 1]!;
        for (let p = postingStart[id]!; p < end; p++) {
          const doc = postingDoc[p]!;
          if (matched[doc] === 0) continue;
          const share = this.storyShareOf(docArticle[doc]!, w);
          const gain = weight * ((1 - share) * postingImpact[p]! + share);
          // the word counts once per paragraph, by its best-matching spelling
          if ((seen[doc]! & bit) === 0) {
            acc[doc] = acc[doc]! + gain;
            seen[doc] = seen[doc]! | bit;
          } else acc[doc] = acc[doc]! + gain * 0.25;
        }
      });
    });
    const worths = words.map((w) => w.worth);
    let totalWorth = 0;
    for (const worth of worths) totalWorth += worth;
    const articleMask = this.markArticles(words);
    const top = new TopK(capacity);
    const { coverageWeight, contextWeight } = SEARCH_DEFAULTS;
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k]!;
      const mask = matched[doc]!;
      const a = docArticle[doc]!;
      const inArticle = articleMask[a]! & ~mask;
      let found = 0;
      let around = 0;
      let inherited = 0;
      for (let w = 0; w < worths.length; w++) {
        if (mask & (1 << w)) found += worths[w]!;
        else if (inArticle & (1 << w)) {
          around += worths[w]!;
          inherited += worths[w]! * this.storyShareOf(a, w);
        }
      }
      const coverage = totalWorth > 0 ? found / totalWorth : 0;
      const context = totalWorth > 0 ? around / totalWorth : 0;
      const score =
        (acc[doc]! + inherited) * (1 + coverageWeight * coverage * coverage + contextWeight * context);
      if (score > top.floor) top.push(doc, score);
    }
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k]!;
      acc[doc] = 0;
      matched[doc] = 0;
      seen[doc] = 0;
    }
    this.storyTouched = { titled, docs: touchedCount, words: words.length };
    return top.sorted();
  }

  /** Share of a question word's weight that is its briefing's (see `storyShare`); valid during one search. */
  private storyShareOf(article: number, w: number): number {
    return (
      (SEARCH_DEFAULTS.storyShare * this.storyCounts[article * WORD_SLOTS + w]!) /
      this.articleParagraphs[article]!
    );
  }

  /** Clears the per-briefing counts of the last search. */
  private clearStory(): void {
    const { titled, docs, words } = this.storyTouched;
    const { storyCounts, touched } = this;
    const { docArticle } = this.arrays;
    for (const a of titled) storyCounts.fill(0, a * WORD_SLOTS, a * WORD_SLOTS + words);
    for (let k = 0; k < docs; k++) {
      const a = docArticle[touched[k]!]!;
      storyCounts.fill(0, a * WORD_SLOTS, a * WORD_SLOTS + words);
    }
    this.storyTouched = { titled: [], docs: 0, words: 0 };
  }

  /** For each briefing, the question words it uses anywhere (bit per word). */
  private markArticles(words: readonly ScoredWord[]): Uint32Array {
    const { articleTermStart, articleTermArticles } = this.arrays;
    const mask = this.articleMask;
    mask.fill(0);
    words.forEach((word, w) => {
      const bit = 1 << w;
      for (const id of word.ids) {
        for (let p = articleTermStart[id]!; p < articleTermStart[id + 1]!; p++) {
          const a = articleTermArticles[p]!;
          mask[a] = mask[a]! | bit;
        }
      }
    });
    return mask;
  }

  /** Bonus for question words that stand together in the paragraph, more when in the question's order. */
  private proximity(doc: number, words: readonly ScoredWord[]): number {
    if (words.length < 2) return 0;
    const { tokens, tokenStart } = this.arrays;
    const start = tokenStart[doc]!;
    const end = tokenStart[doc + 1]!;
    const wordOf = new Map<number, number>();
    words.forEach((word, w) => word.ids.forEach((id) => wordOf.set(id, w)));
    const positions: number[][] = words.map(() => []);
    for (let k = start; k < end; k++) {
      const w = wordOf.get(tokens[k]!);
      if (w !== undefined) positions[w]!.push(k - start);
    }
    const { phraseBonus, proximityBonus, proximityWindow } = SEARCH_DEFAULTS;
    let bonus = 0;
    for (let w = 0; w + 1 < words.length; w++) {
      const a = positions[w]!;
      const b = positions[w + 1]!;
      if (a.length === 0 || b.length === 0) continue;
      let best = Infinity;
      let inOrder = false;
      for (const pa of a) {
        for (const pb of b) {
          const distance = Math.abs(pb - pa);
          if (distance < best || (distance === best && pb > pa)) {
            best = distance;
            inOrder = pb > pa;
          }
        }
      }
      if (best > proximityWindow) continue;
      // two words that both name the story stand together in many of its paragraphs: less telling
      const article = this.arrays.docArticle[doc]!;
      const story = Math.min(this.storyShareOf(article, w), this.storyShareOf(article, w + 1));
      const worth = Math.min(words[w]!.worth, words[w + 1]!.worth) * (1 - story);
      if (inOrder && best <= 3 && this.onlyStopWordsBetween(start, a, b, best)) bonus += worth * phraseBonus;
      else bonus += (worth * proximityBonus * (inOrder ? 1 : 0.6)) / best;
    }
    return bonus;
  }

  /** Whether some pair of positions `best` apart, in order, has only stop words between them. */
  private onlyStopWordsBetween(
    start: number,
    a: readonly number[],
    b: readonly number[],
    best: number,
  ): boolean {
    const { tokens } = this.arrays;
    for (const pa of a) {
      if (!b.includes(pa + best)) continue;
      let clear = true;
      for (let k = pa + 1; k < pa + best; k++) if (tokens[start + k] !== STOP) clear = false;
      if (clear) return true;
    }
    return false;
  }

  /**
   * How much the paragraph holds the kind of answer asked for: a date for "when", a number for
   * "how many" (more when the number stands right before the counted word: "two countries"), a
   * statement for "who", a condition for "under what conditions".
   */
  private intentFactor(
    doc: number,
    plan: QueryPlan,
    counted: ReadonlySet<number> | undefined,
    words: readonly ScoredWord[],
  ): number {
    const flags = this.arrays.flags[doc]!;
    let factor = 1;
    for (const intent of plan.intents) {
      if (!(flags & INTENT_FLAGS[intent])) continue;
      factor += SEARCH_DEFAULTS.intentBoost[intent];
      const isAnswer =
        intent === 'time' ? this.isTimeTerm : intent === 'number' ? this.isNumberTerm : undefined;
      if (isAnswer && this.nearFocus(doc, words, isAnswer)) factor += SEARCH_DEFAULTS.focusBoost;
    }
    if (counted && flags & FLAG_NUMBER && this.numberBefore(doc, counted))
      factor += SEARCH_DEFAULTS.countedBoost;
    return factor;
  }

  /**
   * `speakerBoost` when the paragraph quotes someone the question names (see {@link askedSpeakerTerms}),
   * in proportion to how much of the name it gives.
   */
  private speakerBonus(doc: number, asked: ReadonlySet<string> | undefined): number {
    const speakers = this.docs[doc]!.speakers;
    if (!asked || !speakers) return 0;
    // the share of the speaker's name that the question gives: "Leyla Haddad" is not "Leila Haddad"
    let best = 0;
    for (const name of speakers) {
      const parts = tokenize(name).filter((t) => !isStopWord(t.word, t.allCaps));
      const named = parts.filter((t) => asked.has(termOf(t.word))).length;
      if (parts.length > 0) best = Math.max(best, named / parts.length);
    }
    return SEARCH_DEFAULTS.speakerBoost * best;
  }

  /** The term ids that stand for the counted word of a "how many" question (its matches). */
  private countedTerms(plan: QueryPlan): Set<number> {
    const ids = new Set<number>();
    const term = termOf(plan.counted ?? '');
    for (const word of plan.words) {
      if (word.word !== plan.counted && !word.matches.some((m) => m.term === term)) continue;
      for (const match of word.matches) {
        const id = this.termIds.get(match.term);
        if (id !== undefined) ids.add(id);
      }
    }
    return ids;
  }

  /** Whether a number word or figure stands at most two words before one of the counted terms. */
  private numberBefore(doc: number, counted: ReadonlySet<number>): boolean {
    const { tokens, tokenStart } = this.arrays;
    const start = tokenStart[doc]!;
    const end = tokenStart[doc + 1]!;
    for (let k = start; k < end; k++) {
      if (!counted.has(tokens[k]!)) continue;
      for (let j = Math.max(start, k - 2); j < k; j++) if (this.isNumberTerm(tokens[j]!)) return true;
    }
    return false;
  }

  /**
   * Whether a word that passes `isAnswer` stands within `focusWindow` words of a question word that
   * is not one of the story's words (see `storyShare`).
   */
  private nearFocus(doc: number, words: readonly ScoredWord[], isAnswer: (id: number) => boolean): boolean {
    const { tokens, tokenStart, docArticle } = this.arrays;
    const article = docArticle[doc]!;
    const focus = new Set<number>();
    words.forEach((word, w) => {
      if (this.storyShareOf(article, w) < SEARCH_DEFAULTS.storyShare / 2)
        for (const id of word.ids) focus.add(id);
    });
    if (focus.size === 0) return false;
    const window = SEARCH_DEFAULTS.focusWindow;
    let lastFocus = -Infinity;
    let lastAnswer = -Infinity;
    for (let k = tokenStart[doc]!; k < tokenStart[doc + 1]!; k++) {
      const id = tokens[k]!;
      if (focus.has(id)) {
        if (k - lastAnswer <= window) return true;
        lastFocus = k;
      } else if (isAnswer(id)) {
        if (k - lastFocus <= window) return true;
        lastAnswer = k;
      }
    }
    return false;
  }

  private readonly isTimeTerm = (id: number): boolean => {
    if (id < 0) return false;
    const term = this.terms[id]!;
    return TIME_TERMS.has(term) || /^(19|20)\d\d$/.test(term);
  };

  private readonly isNumberTerm = (id: number): boolean => {
    if (id < 0) return false;
    const term = this.terms[id]!;
    return NUMBER_TERMS.has(term) || /^\d/.test(term);
  };

  /**
   * The built index as bytes, to store next to the knowledge. Restore it with
   * {@link ParagraphSearch.deserialize} and the same paragraphs.
   */
  serialize(): Buffer {
    const header: IndexHeader = {
      version: FORMAT_VERSION,
      hash: this.hash,
      terms: this.terms,
      articles: this.articles,
      vocabulary: this.vocabulary.toData(),
      acronyms: [...this.acronyms].map(([k, v]) => [k, [...v]]),
    };
    const a = this.arrays;
    const parts: ArrayBufferView[] = [
      a.tokens,
      a.tokenStart,
      a.flags,
      a.docArticle,
      a.postingStart,
      a.postingDoc,
      a.postingImpact,
      a.idf,
      a.articleTermStart,
      a.articleTermArticles,
    ];
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const lengths = parts.map((p) => p.byteLength);
    const prelude = Buffer.alloc(4 + 4 + 4 + 4 * parts.length);
    prelude.write(MAGIC, 0, 'ascii');
    prelude.writeUInt32LE(FORMAT_VERSION, 4);
    prelude.writeUInt32LE(headerBytes.length, 8);
    lengths.forEach((len, i) => prelude.writeUInt32LE(len, 12 + 4 * i));
    const chunks: Buffer[] = [prelude, headerBytes];
    let offset = prelude.length + headerBytes.length;
    for (const part of parts) {
      const pad = (8 - (offset % 8)) % 8;
      if (pad) chunks.push(Buffer.alloc(pad));
      offset += pad;
      chunks.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      offset += part.byteLength;
    }
    return Buffer.concat(chunks);
  }

  /**
   * Restores an index saved with {@link serialize} for the same paragraphs. Returns undefined when
   * the bytes are not an index of this version or were built from other paragraphs (then build anew).
   */
  static deserialize(
    bytes: Uint8Array,
    docs: readonly ParagraphDoc[],
    hash = contentHash(docs),
  ): ParagraphSearch | undefined {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < 12 || buf.toString('ascii', 0, 4) !== MAGIC || buf.readUInt32LE(4) !== FORMAT_VERSION)
      return undefined;
    const headerLength = buf.readUInt32LE(8);
    const partCount = 10;
    const lengths: number[] = [];
    for (let i = 0; i < partCount; i++) lengths.push(buf.readUInt32LE(12 + 4 * i));
    let offset = 12 + 4 * partCount;
    const header = JSON.parse(buf.toString('utf8', offset, offset + headerLength)) as IndexHeader;
    if (header.version !== FORMAT_VERSION || header.hash !== hash) return undefined;
    offset += headerLength;
    // copy into fresh, aligned memory so the arrays do not depend on the buffer's alignment
    const take = <T>(i: number, make: (b: ArrayBuffer) => T): T => {
      offset += (8 - (offset % 8)) % 8;
      const len = lengths[i]!;
      const copy = new ArrayBuffer(len);
      new Uint8Array(copy).set(buf.subarray(offset, offset + len));
      offset += len;
      return make(copy);
    };
    const arrays: IndexArrays = {
      tokens: take(0, (b) => new Int32Array(b)),
      tokenStart: take(1, (b) => new Uint32Array(b)),
      flags: take(2, (b) => new Uint8Array(b)),
      docArticle: take(3, (b) => new Uint32Array(b)),
      postingStart: take(4, (b) => new Uint32Array(b)),
      postingDoc: take(5, (b) => new Uint32Array(b)),
      postingImpact: take(6, (b) => new Float32Array(b)),
      idf: take(7, (b) => new Float32Array(b)),
      articleTermStart: take(8, (b) => new Uint32Array(b)),
      articleTermArticles: take(9, (b) => new Uint32Array(b)),
    };
    if (arrays.tokenStart.length !== docs.length + 1) return undefined;
    return new ParagraphSearch(docs, {
      hash,
      arrays,
      terms: header.terms,
      articles: header.articles,
      vocabulary: Vocabulary.fromData(header.vocabulary),
      acronyms: new Map(header.acronyms),
    });
  }
}
