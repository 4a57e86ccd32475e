/**
 * The matcher behind `/who-said`: finds the statements (quoted or reported) whose words match the
 * words asked about, tolerant of typos and partial recall, and says how they compare — the exact
 * words, or close with the differences marked. Built once from every statement of every briefing:
 * a word index picks the candidates, then an alignment of the words asked with each candidate's
 * words (and fuse.js on the candidates) scores them. Also finds speakers by name or alias.
 */
import Fuse from 'fuse.js';
import type { AnalysedBriefing, Speaker, Statement } from '../analysis/types';
import type { DiffPart } from '../answer/types';
import { DeletionIndex } from './deletion-index';
import { editDistance } from './edit-distance';
import { type Token, tokenize } from './normalise';
import { isStopWord, termOf } from './terms';

/** Matcher defaults. */
export const QUOTE_SEARCH_DEFAULTS = Object.freeze({
  /** Results returned by {@link QuoteSearch.find} unless `limit` says otherwise. */
  limit: 5,
  /** Candidates from the word index that get the full comparison. */
  candidates: 40,
  /** Lowest score of a close match. */
  closeThreshold: 0.55,
  /** Lowest share of the words asked (by weight) that a close match must contain. */
  minCoverage: 0.5,
  /** Weight of a stop word against a content word in coverage. */
  stopWordWeight: 0.35,
  /** Shortest word corrected for typos; longer words allow two edits from this length. */
  typoMinLength: 4,
  twoTyposFromLength: 8,
  /** Score weights: share of words asked found, how tightly they sit, fuse.js similarity. */
  coverageWeight: 0.6,
  compactnessWeight: 0.25,
  fuseWeight: 0.15,
  /** Best candidates (by word alignment) that fuse.js re-scores, and the pattern length it gets. */
  fuseCandidates: 5,
  fusePatternLength: 64,
  /** Speakers suggested for autocomplete. */
  speakerLimit: 25,
  /** Worst fuse.js score (0 best, 1 worst) of a speaker ranked by its letters among the typo candidates. */
  speakerMatchScore: 0.6,
});

/** How the words asked about compare with a statement. */
export type QuoteVerdict = 'exact' | 'close';

/** A statement that matches the words asked about. */
export interface QuoteMatch {
  readonly statement: Statement;
  /** The speaker entity of the statement. */
  readonly speaker?: Speaker;
  /** 0–1, higher is better; exact matches score 1. */
  readonly score: number;
  readonly verdict: QuoteVerdict;
  /**
   * The words asked about against the real words of the matching passage: `same` words are in
   * both, `removed` words were asked but are not in the statement, `added` words are in the
   * statement but were not asked.
   */
  readonly diff: readonly DiffPart[];
  /** The real words of the statement that the words asked about correspond to. */
  readonly passage: string;
}

/** Options of {@link QuoteSearch.find}. */
export interface QuoteFindOptions {
  /** Only statements of these briefings (slugs). */
  readonly articles?: ReadonlySet<string>;
  readonly limit?: number;
  /** Return the closest statements even below the threshold (for "did you mean"). */
  readonly closest?: boolean;
}

/** A speaker over all briefings: the entity of the newest briefing that quotes it, and where it speaks. */
interface SpeakerEntry {
  readonly speaker: Speaker;
  readonly articles: Set<string>;
  count: number;
}

/** A statement as held: its words are tokenized again when it is a candidate (saves memory). */
interface StoredEntry {
  readonly statement: Statement;
  readonly speaker?: Speaker;
}

/** A candidate statement with its words and their index terms. */
interface Entry extends StoredEntry {
  readonly tokens: readonly Token[];
  readonly terms: readonly string[];
}

/** A word asked about, with the index terms it may stand for (itself, or typo corrections). */
interface QueryWord {
  readonly token: Token;
  readonly text: string;
  readonly terms: ReadonlySet<string>;
  /** Folded words of the index it may be a misspelling of. */
  readonly corrections: ReadonlySet<string>;
  readonly weight: number;
}

const deletions = (word: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
};

/** Longest word corrected for typos: longer ones are pasted junk, and their deletions cost length². */
const LONGEST_CORRECTED_WORD = 40;

const maxTypos = (word: string): number =>
  word.length > LONGEST_CORRECTED_WORD
    ? 0
    : word.length >= QUOTE_SEARCH_DEFAULTS.twoTyposFromLength
      ? 2
      : word.length >= QUOTE_SEARCH_DEFAULTS.typoMinLength
        ? 1
        : 0;

/**
 * The statement side of a built matcher as flat arrays — its words, their index terms and the
 * statements holding each term — to persist next to the knowledge or hand over from a worker
 * thread, so that a matcher over the same statements is made without tokenizing them again.
 */
export interface QuoteIndexParts {
  /** Number of statements it was built from (a check: parts fit only the same statements). */
  readonly statements: number;
  /** Folded words of the statements, first seen first, and the number of each one's term in `terms`. */
  readonly words: readonly string[];
  readonly wordTerms: Uint32Array;
  readonly terms: readonly string[];
  /** Statements (by number, in order) holding each term: `postingIds[postingStart[t] … postingStart[t + 1])`. */
  readonly postingStart: Uint32Array;
  readonly postingIds: Uint32Array;
}

/** The `/who-said` engine. Immutable once built. */
export class QuoteSearch {
  private readonly entries: readonly StoredEntry[];
  /** Index term → entries holding it. */
  private readonly postings = new Map<string, number[]>();
  /** Folded word → its index term. */
  private readonly vocabulary = new Map<string, string>();
  /** Scratch space of one look-up, one slot per statement (look-ups are synchronous). */
  private readonly scratch: { score: Float64Array; stamp: Int32Array; touched: Int32Array };
  /** The typo tables (words by their one-letter deletions), built on first use (see {@link warm}). */
  private readonly typos: { vocabulary?: DeletionIndex; speakers?: DeletionIndex } = {};
  /** One entry per speaker name over all briefings, most quoted first. */
  private readonly speakerEntries: readonly SpeakerEntry[];
  /** Lowercase name or alias → entries. */
  private readonly speakerByKey = new Map<string, SpeakerEntry[]>();
  /** Lowercase word of a name or alias → entries. */
  private readonly speakerByWord = new Map<string, SpeakerEntry[]>();
  /** Sorted lowercase words of names and aliases, for prefix look-ups. */
  private readonly speakerWords: readonly string[];

  /**
   * Builds the matcher over every statement of the briefings. `parts` (from {@link parts} of a
   * matcher over the same statements) spares tokenizing them; parts that do not fit are ignored.
   */
  constructor(analysed: readonly AnalysedBriefing[], parts?: QuoteIndexParts) {
    const entries: StoredEntry[] = [];
    const speakers: { speaker: Speaker; article: string; count: number }[] = [];
    const given =
      parts && parts.statements === analysed.reduce((n, a) => n + a.statements.length, 0) ? parts : undefined;
    if (given) {
      given.words.forEach((word, i) => this.vocabulary.set(word, given.terms[given.wordTerms[i]!]!));
      given.terms.forEach((term, t) =>
        this.postings.set(
          term,
          Array.from(given.postingIds.subarray(given.postingStart[t], given.postingStart[t + 1])),
        ),
      );
    }
    for (const a of analysed) {
      const byId = new Map(a.speakers.map((s) => [s.id, s]));
      const counts = new Map<string, number>();
      for (const statement of a.statements) {
        counts.set(statement.speakerId, (counts.get(statement.speakerId) ?? 0) + 1);
        if (given) {
          entries.push({ statement, speaker: byId.get(statement.speakerId) });
          continue;
        }
        const tokens = tokenize(statement.text);
        const terms = tokens.map((t) => this.termFor(t.word));
        const entry: StoredEntry = { statement, speaker: byId.get(statement.speakerId) };
        const id = entries.push(entry) - 1;
        for (const term of new Set(terms)) {
          const list = this.postings.get(term);
          if (list) list.push(id);
          else this.postings.set(term, [id]);
        }
      }
      for (const speaker of a.speakers)
        speakers.push({ speaker, article: a.briefing.slug, count: counts.get(speaker.id) ?? 0 });
    }
    this.entries = entries;
    this.scratch = {
      score: new Float64Array(entries.length),
      stamp: new Int32Array(entries.length),
      touched: new Int32Array(entries.length),
    };
    const byName = new Map<string, SpeakerEntry>();
    for (const { speaker, article, count } of speakers) {
      if (count === 0) continue;
      const key = speaker.name.toLowerCase();
      const entry = byName.get(key);
      if (entry) {
        entry.articles.add(article);
        entry.count += count;
      } else byName.set(key, { speaker, articles: new Set([article]), count });
    }
    this.speakerEntries = [...byName.values()].sort((a, b) => b.count - a.count);
    const words = new Set<string>();
    const addTo = (map: Map<string, SpeakerEntry[]>, key: string, entry: SpeakerEntry): void => {
      const list = map.get(key);
      if (!list) map.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    };
    for (const entry of this.speakerEntries) {
      for (const form of [entry.speaker.name, ...entry.speaker.aliases]) {
        const lower = form.toLowerCase();
        addTo(this.speakerByKey, lower, entry);
        for (const word of lower.split(' ')) {
          if (!word) continue;
          addTo(this.speakerByWord, word, entry);
          words.add(word);
        }
      }
    }
    this.speakerWords = [...words].sort();
    Object.freeze(this);
  }

  /** The words of the statements by their one-letter deletions. */
  private get deletionIndex(): DeletionIndex {
    this.typos.vocabulary ??= new DeletionIndex(this.vocabulary.keys(), QUOTE_SEARCH_DEFAULTS.typoMinLength);
    return this.typos.vocabulary;
  }

  /** The words of speakers' names by their one-letter deletions (for typos). */
  private get speakerDeletions(): DeletionIndex {
    this.typos.speakers ??= new DeletionIndex(this.speakerWords, QUOTE_SEARCH_DEFAULTS.typoMinLength);
    return this.typos.speakers;
  }

  /** Builds the typo tables now rather than at the first quote that needs them. */
  warm(): void {
    void this.deletionIndex;
    void this.speakerDeletions;
  }

  /** The statement side as flat arrays, for a matcher over the same statements (see {@link QuoteIndexParts}). */
  parts(): QuoteIndexParts {
    const terms = [...this.postings.keys()];
    const termNumbers = new Map(terms.map((term, t) => [term, t]));
    const words = [...this.vocabulary.keys()];
    const postingStart = new Uint32Array(terms.length + 1);
    terms.forEach((term, t) => (postingStart[t + 1] = postingStart[t]! + this.postings.get(term)!.length));
    const postingIds = new Uint32Array(postingStart[terms.length]!);
    terms.forEach((term, t) => postingIds.set(this.postings.get(term)!, postingStart[t]));
    return {
      statements: this.entries.length,
      words,
      wordTerms: Uint32Array.from(words, (word) => termNumbers.get(this.vocabulary.get(word)!)!),
      terms,
      postingStart,
      postingIds,
    };
  }

  private termFor(word: string): string {
    let term = this.vocabulary.get(word);
    if (term === undefined) {
      term = termOf(word);
      this.vocabulary.set(word, term);
    }
    return term;
  }

  /** A held statement with its words and their index terms, for the comparison. */
  private withWords(entry: StoredEntry): Entry {
    const tokens = tokenize(entry.statement.text);
    const terms = tokens.map((t) => this.vocabulary.get(t.word) ?? termOf(t.word));
    return { ...entry, tokens, terms };
  }

  /** How many statements the matcher holds. */
  get size(): number {
    return this.entries.length;
  }

  /** The words asked about, with typo corrections from the vocabulary of the statements. */
  private queryWords(quote: string): QueryWord[] {
    return tokenize(quote).map((token) => {
      const word = token.word;
      const stop = isStopWord(word, token.allCaps);
      const terms = new Set<string>([termOf(word)]);
      const corrections = new Set<string>();
      const typos = maxTypos(word);
      if (!this.vocabulary.has(word) && typos > 0 && !stop) {
        const candidates = new Set<string>(this.deletionIndex.wordsDeletingTo(word));
        for (const d of deletions(word)) {
          if (this.vocabulary.has(d)) candidates.add(d);
          for (const w of this.deletionIndex.wordsDeletingTo(d)) candidates.add(w);
        }
        for (const c of candidates) {
          if (editDistance(word, c, typos) <= typos) {
            corrections.add(c);
            terms.add(this.vocabulary.get(c) ?? termOf(c));
          }
        }
      }
      return {
        token,
        text: quote.slice(token.start, token.end),
        terms,
        corrections,
        weight: stop ? QUOTE_SEARCH_DEFAULTS.stopWordWeight : 1,
      };
    });
  }

  /**
   * The statements whose words match `quote`, best first: exact matches (every word asked, in
   * order, in the statement) then close ones above the threshold. Empty when nothing is close
   * enough; with `closest`, the nearest statements are returned anyway (as `close`) for "did you
   * mean".
   */
  find(quote: string, opts: QuoteFindOptions = {}): QuoteMatch[] {
    const limit = opts.limit ?? QUOTE_SEARCH_DEFAULTS.limit;
    const words = this.queryWords(quote);
    if (words.length === 0 || limit <= 0) return [];
    const totalWeight = words.reduce((sum, w) => sum + w.weight, 0);
    // candidates: entries holding the words asked, weighted by how rare the words are
    const content = words.filter((w) => w.weight === 1);
    const candidates = this.candidatesFor(content.length > 0 ? content : words, opts.articles).map((id) =>
      this.withWords(this.entries[id]!),
    );
    if (candidates.length === 0) return [];
    const compared: { entry: Entry; result: NonNullable<ReturnType<QuoteSearch['compare']>> }[] = [];
    for (const entry of candidates) {
      const result = this.compare(words, totalWeight, entry);
      if (result) compared.push({ entry, result });
    }
    compared.sort((a, b) => b.result.score - a.result.score);
    // fuse.js refines the order of the best few (it weighs letters where the alignment weighs words)
    const top = compared.slice(0, QUOTE_SEARCH_DEFAULTS.fuseCandidates);
    if (top.length > 1) {
      const fuse = new Fuse(
        top.map((c) => c.entry),
        { keys: ['statement.text'], includeScore: true, ignoreLocation: true, threshold: 1 },
      );
      const fuseScores = new Map<Entry, number>();
      for (const r of fuse.search(quote.slice(0, QUOTE_SEARCH_DEFAULTS.fusePatternLength)))
        fuseScores.set(r.item, r.score ?? 1);
      for (const c of top) c.result = this.withFuse(c.result, fuseScores.get(c.entry) ?? 1);
    }
    const matches: QuoteMatch[] = [];
    for (const { result: m } of compared) {
      const good =
        m.verdict === 'exact' ||
        (m.score >= QUOTE_SEARCH_DEFAULTS.closeThreshold && m.coverage >= QUOTE_SEARCH_DEFAULTS.minCoverage);
      if (good || opts.closest) matches.push(m.match);
    }
    return matches
      .sort(
        (a, b) =>
          (a.verdict === 'exact' ? 0 : 1) - (b.verdict === 'exact' ? 0 : 1) ||
          b.score - a.score ||
          a.statement.article.localeCompare(b.statement.article) ||
          a.statement.paragraph - b.statement.paragraph,
      )
      .slice(0, limit);
  }

  /**
   * The statements holding most of the words asked, weighted by how rare the words are: the best
   * {@link QUOTE_SEARCH_DEFAULTS.candidates}, best first (ties in statement order).
   */
  private candidatesFor(words: readonly QueryWord[], articles: ReadonlySet<string> | undefined): number[] {
    const { score, stamp, touched } = this.scratch;
    let touchedCount = 0;
    words.forEach((w, k) => {
      // a word counts once per statement, by any of its terms
      const mark = k + 1;
      for (const term of w.terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + this.entries.length / list.length);
        for (const id of list) {
          if (stamp[id] === mark || stamp[id] === -1) continue;
          if (stamp[id] === 0) {
            if (articles && !articles.has(this.entries[id]!.statement.article)) {
              stamp[id] = -1;
              touched[touchedCount++] = id;
              continue;
            }
            touched[touchedCount++] = id;
          }
          stamp[id] = mark;
          score[id] = score[id]! + idf;
        }
      }
    });
    // keep the best few by insertion: the list is short
    const best: number[] = [];
    const capacity = QUOTE_SEARCH_DEFAULTS.candidates;
    const better = (a: number, b: number): boolean =>
      score[a]! > score[b]! || (score[a] === score[b] && a < b);
    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k]!;
      if (stamp[id] === -1) continue;
      if (best.length < capacity) best.push(id);
      else if (better(id, best[capacity - 1]!)) best[capacity - 1] = id;
      else continue;
      for (let at = best.length - 1; at > 0 && better(best[at]!, best[at - 1]!); at--) {
        [best[at], best[at - 1]] = [best[at - 1]!, best[at]!];
      }
    }
    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k]!;
      score[id] = 0;
      stamp[id] = 0;
    }
    return best;
  }

  /** Aligns the words asked with a statement's words and scores the match. */
  private compare(
    words: readonly QueryWord[],
    totalWeight: number,
    entry: Entry,
  ): { match: QuoteMatch; coverage: number; verdict: QuoteVerdict; score: number; base: number } | undefined {
    const q = words.length;
    const e = entry.tokens.length;
    if (e === 0) return undefined;
    // how well word i asked matches word j of the statement: 2 same word, 1 same term or typo
    const same = (i: number, j: number): number => {
      const w = words[i]!;
      const t = entry.tokens[j]!;
      if (w.token.word === t.word) return 2;
      if (w.corrections.has(t.word) || w.terms.has(entry.terms[j]!)) return 1;
      return 0;
    };
    // longest common subsequence, preferring exact words
    const width = e + 1;
    const table = new Float64Array((q + 1) * width);
    for (let i = q - 1; i >= 0; i--) {
      for (let j = e - 1; j >= 0; j--) {
        const s = same(i, j);
        const diagonal = s > 0 ? table[(i + 1) * width + j + 1]! + words[i]!.weight * (s === 2 ? 1 : 0.9) : 0;
        table[i * width + j] = Math.max(diagonal, table[(i + 1) * width + j]!, table[i * width + j + 1]!);
      }
    }
    const pairs: [number, number][] = [];
    let i = 0;
    let j = 0;
    while (i < q && j < e) {
      const s = same(i, j);
      const here = table[i * width + j]!;
      if (s > 0 && here === table[(i + 1) * width + j + 1]! + words[i]!.weight * (s === 2 ? 1 : 0.9)) {
        pairs.push([i, j]);
        i++;
        j++;
      } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
      else j++;
    }
    if (pairs.length === 0) return undefined;
    const matchedWeight = pairs.reduce((sum, [a]) => sum + words[a]!.weight, 0);
    const coverage = matchedWeight / totalWeight;
    const first = pairs[0]![1];
    const last = pairs[pairs.length - 1]![1];
    const span = last - first + 1;
    const compactness = pairs.length / Math.max(span, q);
    const exact =
      pairs.length === q &&
      span === q &&
      pairs.every(([a, b]) => words[a]!.token.word === entry.tokens[b]!.word);
    // until fuse.js has scored it, a candidate gets a neutral letter similarity
    const base =
      QUOTE_SEARCH_DEFAULTS.coverageWeight * coverage + QUOTE_SEARCH_DEFAULTS.compactnessWeight * compactness;
    const score = exact ? 1 : base + QUOTE_SEARCH_DEFAULTS.fuseWeight * 0.5;
    const verdict: QuoteVerdict = exact ? 'exact' : 'close';
    const text = entry.statement.text;
    const passage = text.slice(entry.tokens[first]!.start, entry.tokens[last]!.end);
    const diff = exact ? [{ op: 'same' as const, text: passage }] : buildDiff(words, entry, pairs);
    return {
      match: {
        statement: entry.statement,
        ...(entry.speaker ? { speaker: entry.speaker } : {}),
        score: Math.round(Math.min(1, score) * 1000) / 1000,
        verdict,
        diff,
        passage,
      },
      coverage,
      verdict,
      score,
      base,
    };
  }

  /** A compared candidate with fuse.js's letter similarity in its score. */
  private withFuse<T extends { match: QuoteMatch; verdict: QuoteVerdict; score: number; base: number }>(
    result: T,
    fuseScore: number,
  ): T {
    if (result.verdict === 'exact') return result;
    const score = result.base + QUOTE_SEARCH_DEFAULTS.fuseWeight * (1 - fuseScore);
    return {
      ...result,
      score,
      match: { ...result.match, score: Math.round(Math.min(1, score) * 1000) / 1000 },
    };
  }

  /**
   * Speakers for autocomplete: those with a word of their name or aliases starting with `prefix`,
   * then (when few do) the closest by fuse.js; all of them, most quoted first, when it is empty.
   * One per name across briefings.
   */
  suggestSpeakers(prefix: string, articles?: ReadonlySet<string>): Speaker[] {
    const typed = prefix.trim().toLowerCase();
    const limit = QUOTE_SEARCH_DEFAULTS.speakerLimit;
    const inScope = (e: SpeakerEntry): boolean => !articles || [...e.articles].some((a) => articles.has(a));
    if (!typed)
      return this.speakerEntries
        .filter(inScope)
        .slice(0, limit)
        .map((e) => e.speaker);
    const found: SpeakerEntry[] = [...(this.speakerByKey.get(typed) ?? [])];
    const last = typed.split(' ').pop() ?? typed;
    // words starting with what was typed: a binary search in the sorted words, then a short walk
    let lo = 0;
    let hi = this.speakerWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.speakerWords[mid]! < last) lo = mid + 1;
      else hi = mid;
    }
    const byPrefix: SpeakerEntry[] = [];
    for (let i = lo; i < this.speakerWords.length && this.speakerWords[i]!.startsWith(last); i++) {
      byPrefix.push(...(this.speakerByWord.get(this.speakerWords[i]!) ?? []));
      if (byPrefix.length > limit * 8) break;
    }
    byPrefix.sort((a, b) => b.count - a.count);
    found.push(...byPrefix);
    if (found.filter(inScope).length < limit) found.push(...this.fuzzySpeakers(typed, limit * 2));
    const seen = new Set<SpeakerEntry>();
    const out: Speaker[] = [];
    for (const e of found) {
      if (seen.has(e) || !inScope(e)) continue;
      seen.add(e);
      out.push(e.speaker);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The speaker a name refers to: by canonical name or alias (any case), by a word of the name
   * ("Fidan" → Hakan Fidan; the most quoted when several share it), else the closest by fuse.js.
   * Undefined when nobody is close.
   */
  findSpeaker(name: string, articles?: ReadonlySet<string>): Speaker | undefined {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return undefined;
    const inScope = (e: SpeakerEntry): boolean => !articles || [...e.articles].some((a) => articles.has(a));
    const exact = (this.speakerByKey.get(wanted) ?? []).find(inScope);
    if (exact) return exact.speaker;
    const byWord = (this.speakerByWord.get(wanted) ?? [])
      .filter(inScope)
      .sort((a, b) => b.count - a.count)[0];
    if (byWord) return byWord.speaker;
    const fuzzy = this.fuzzySpeakers(wanted, 10).filter(inScope);
    return fuzzy[0]?.speaker;
  }

  /**
   * Speakers whose names are close to a mistyped one: names with a word within a typo or two of a
   * typed word are the candidates, fuse.js ranks them over their names, aliases and descriptions.
   */
  private fuzzySpeakers(
    typed: string,
    limit: number,
    maxScore = QUOTE_SEARCH_DEFAULTS.speakerMatchScore,
  ): SpeakerEntry[] {
    const candidates = new Set<SpeakerEntry>();
    for (const word of typed.split(' ')) {
      const typos = maxTypos(word);
      if (typos === 0) continue;
      const close = new Set<string>(this.speakerDeletions.wordsDeletingTo(word));
      for (const d of deletions(word)) {
        if (this.speakerByWord.has(d)) close.add(d);
        for (const w of this.speakerDeletions.wordsDeletingTo(d)) close.add(w);
      }
      for (const w of close) {
        if (editDistance(word, w, typos) > typos) continue;
        for (const e of this.speakerByWord.get(w) ?? []) candidates.add(e);
      }
    }
    if (candidates.size === 0) return [];
    const fuse = new Fuse([...candidates], {
      keys: [
        { name: 'speaker.name', weight: 3 },
        { name: 'speaker.aliases', weight: 2 },
        { name: 'speaker.description', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: maxScore,
    });
    const ranked = fuse
      .search(typed, { limit })
      .filter((r) => (r.score ?? 1) <= maxScore)
      .map((r) => r.item);
    // every candidate is a typo or two away from a typed word: keep them all, fuse.js's best first
    const rest = [...candidates].filter((e) => !ranked.includes(e)).sort((a, b) => b.count - a.count);
    return [...ranked, ...rest].slice(0, limit);
  }
}

/** The word-level comparison of the words asked with the statement's words around the match. */
function buildDiff(
  words: readonly QueryWord[],
  entry: Entry,
  pairs: readonly [number, number][],
): DiffPart[] {
  const parts: DiffPart[] = [];
  const text = entry.statement.text;
  const push = (op: DiffPart['op'], piece: string): void => {
    const trimmed = piece.trim();
    if (!trimmed) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: `${last.text} ${trimmed}` };
    else parts.push({ op, text: trimmed });
  };
  const realSlice = (from: number, to: number): string =>
    from > to ? '' : text.slice(entry.tokens[from]!.start, entry.tokens[to]!.end);
  let qi = 0;
  let ej = pairs[0]![1];
  for (const [a, b] of pairs) {
    if (qi < a)
      push(
        'removed',
        words
          .slice(qi, a)
          .map((w) => w.text)
          .join(' '),
      );
    if (ej < b) push('added', realSlice(ej, b - 1));
    const asked = words[a]!;
    const real = entry.tokens[b]!;
    if (asked.token.word === real.word) push('same', realSlice(b, b));
    else {
      push('removed', asked.text);
      push('added', realSlice(b, b));
    }
    qi = a + 1;
    ej = b + 1;
  }
  if (qi < words.length)
    push(
      'removed',
      words
        .slice(qi)
        .map((w) => w.text)
        .join(' '),
    );
  return parts;
}
