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
  /** Speakers suggested for autocomplete. */
  speakerLimit: 25,
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

interface Entry {
  readonly statement: Statement;
  readonly speaker?: Speaker;
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

/** The `/who-said` engine. Immutable once built. */
export class QuoteSearch {
  private readonly entries: readonly Entry[];
  /** Index term → entries holding it. */
  private readonly postings = new Map<string, number[]>();
  /** Folded word → its index term. */
  private readonly vocabulary = new Map<string, string>();
  /** A folded word with one letter deleted → the words of the vocabulary it comes from. */
  private readonly deletionIndex = new Map<string, string[]>();
  private readonly speakerList: readonly { speaker: Speaker; article: string; count: number }[];
  private readonly speakerFinder: Fuse<{ speaker: Speaker; article: string; count: number }>;

  constructor(analysed: readonly AnalysedBriefing[]) {
    const entries: Entry[] = [];
    const speakers: { speaker: Speaker; article: string; count: number }[] = [];
    for (const a of analysed) {
      const byId = new Map(a.speakers.map((s) => [s.id, s]));
      const counts = new Map<string, number>();
      for (const statement of a.statements) {
        counts.set(statement.speakerId, (counts.get(statement.speakerId) ?? 0) + 1);
        const tokens = tokenize(statement.text);
        const terms = tokens.map((t) => this.termFor(t.word));
        const entry: Entry = { statement, speaker: byId.get(statement.speakerId), tokens, terms };
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
    for (const word of this.vocabulary.keys()) {
      if (word.length < QUOTE_SEARCH_DEFAULTS.typoMinLength) continue;
      for (const d of deletions(word)) {
        const list = this.deletionIndex.get(d);
        if (list) list.push(word);
        else this.deletionIndex.set(d, [word]);
      }
    }
    this.speakerList = speakers;
    this.speakerFinder = new Fuse(speakers, {
      keys: [
        { name: 'speaker.name', weight: 3 },
        { name: 'speaker.aliases', weight: 2 },
        { name: 'speaker.description', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    });
    Object.freeze(this);
  }

  private termFor(word: string): string {
    let term = this.vocabulary.get(word);
    if (term === undefined) {
      term = termOf(word);
      this.vocabulary.set(word, term);
    }
    return term;
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
        const candidates = new Set<string>(this.deletionIndex.get(word) ?? []);
        for (const d of deletions(word)) {
          if (this.vocabulary.has(d)) candidates.add(d);
          for (const w of this.deletionIndex.get(d) ?? []) candidates.add(w);
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
    const scores = new Map<number, number>();
    const content = words.filter((w) => w.weight === 1);
    const pickers = content.length > 0 ? content : words;
    for (const w of pickers) {
      const seen = new Set<number>();
      for (const term of w.terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + this.entries.length / list.length);
        for (const id of list) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (opts.articles && !opts.articles.has(this.entries[id]!.statement.article)) continue;
          scores.set(id, (scores.get(id) ?? 0) + idf);
        }
      }
    }
    const candidates = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, QUOTE_SEARCH_DEFAULTS.candidates)
      .map(([id]) => this.entries[id]!);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, {
      keys: ['statement.text'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 1,
    });
    const fuseScores = new Map<Entry, number>();
    for (const r of fuse.search(quote.slice(0, 256))) fuseScores.set(r.item, r.score ?? 1);
    const matches: QuoteMatch[] = [];
    for (const entry of candidates) {
      const m = this.compare(words, totalWeight, entry, fuseScores.get(entry) ?? 1);
      if (!m) continue;
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

  /** Aligns the words asked with a statement's words and scores the match. */
  private compare(
    words: readonly QueryWord[],
    totalWeight: number,
    entry: Entry,
    fuseScore: number,
  ): { match: QuoteMatch; coverage: number; verdict: QuoteVerdict; score: number } | undefined {
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
    const score = exact
      ? 1
      : QUOTE_SEARCH_DEFAULTS.coverageWeight * coverage +
        QUOTE_SEARCH_DEFAULTS.compactnessWeight * compactness +
        QUOTE_SEARCH_DEFAULTS.fuseWeight * (1 - fuseScore);
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
    };
  }

  /**
   * Speakers for autocomplete: those whose name, alias or description matches `prefix` (all, most
   * quoted first, when it is empty). One per name across briefings.
   */
  suggestSpeakers(prefix: string, articles?: ReadonlySet<string>): Speaker[] {
    const typed = prefix.trim();
    const inScope = (s: { article: string }): boolean => !articles || articles.has(s.article);
    const hits = typed
      ? this.speakerFinder
          .search(typed)
          .map((r) => r.item)
          .filter(inScope)
      : this.speakerList.filter(inScope).sort((a, b) => b.count - a.count);
    const seen = new Set<string>();
    const out: Speaker[] = [];
    for (const hit of hits) {
      const key = hit.speaker.name.toLowerCase();
      if (seen.has(key) || hit.count === 0) continue;
      seen.add(key);
      out.push(hit.speaker);
      if (out.length >= QUOTE_SEARCH_DEFAULTS.speakerLimit) break;
    }
    return out;
  }

  /**
   * The speaker a name refers to: by canonical name or alias (any case), by a word of the name
   * ("Fidan" → Hakan Fidan), else the closest by fuse.js. Undefined when nobody is close.
   */
  findSpeaker(name: string, articles?: ReadonlySet<string>): Speaker | undefined {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return undefined;
    const pool = this.speakerList.filter((s) => (!articles || articles.has(s.article)) && s.count > 0);
    const exact = pool.find(
      (s) =>
        s.speaker.name.toLowerCase() === wanted || s.speaker.aliases.some((a) => a.toLowerCase() === wanted),
    );
    if (exact) return exact.speaker;
    const byWord = pool.find((s) => s.speaker.name.toLowerCase().split(' ').includes(wanted));
    if (byWord) return byWord.speaker;
    const fuzzy = this.speakerFinder
      .search(wanted)
      .filter(
        (r) => (!articles || articles.has(r.item.article)) && r.item.count > 0 && (r.score ?? 1) <= 0.35,
      );
    return fuzzy[0]?.item.speaker;
  }

  /** Every speaker with statements in the given briefings, with their statement counts. */
  speakersOf(
    articles?: ReadonlySet<string>,
  ): readonly { speaker: Speaker; article: string; count: number }[] {
    return this.speakerList.filter((s) => (!articles || articles.has(s.article)) && s.count > 0);
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
