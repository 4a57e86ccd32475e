/**
 * A deterministic benchmark corpus: N briefings written from the seed article's sentences, with
 * the names, places, acronyms and numbers of each briefing replaced by its own, and about half of
 * the other content words swapped for words drawn from a pool that grows with every briefing (as
 * the vocabulary of real news keeps growing). Quotations and their attributions keep their shape,
 * so the generated briefings have speakers and statements. The real seed briefing is part of the
 * corpus, so the seed questions can be scored inside it.
 */
import { splitSentences } from '../analysis/sentences';
import type { Briefing, Paragraph } from '../knowledge/types';
import { STOP_WORDS } from '../search/lexicon';

/** Defaults of the generator, in one frozen object. */
export const CORPUS_DEFAULTS = Object.freeze({
  /** Seed of the pseudo-random generator: the same seed gives the same corpus. */
  seed: 20251210,
  /** Share of ordinary content words replaced by a word from the pool. */
  swapShare: 0.7,
  /** Chance that a sentence without quotation marks is rewritten from clauses of other sentences. */
  mixChance: 0.9,
  /** New words added to the pool by each briefing. */
  newWordsPerBriefing: 6,
  /** Chance that a name in a briefing is a new one rather than one seen before. */
  newNameChance: 0.5,
  /** Paragraphs per generated briefing: from min to max. */
  minParagraphs: 16,
  maxParagraphs: 26,
  /** Where the seed briefing goes: its position among the generated ones (0 … 1). */
  seedPosition: 0.5,
});

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of briefings in all, the seed briefing included. */
  readonly briefings: number;
  /** The seed article, put into the corpus as it is and used as the source of sentences. */
  readonly seedBriefing: Briefing;
  readonly seed?: number;
}

/** A generated corpus. */
export interface Corpus {
  readonly briefings: readonly Briefing[];
  /** Slug of the real seed briefing inside the corpus. */
  readonly seedSlug: string;
  /** Words in the generator's pool at the end (for reports: it grows with N). */
  readonly vocabularySize: number;
  /** Names given to people and places, for speaker look-ups. */
  readonly names: readonly string[];
}

/** mulberry32: a small, fast, deterministic generator of numbers in [0, 1). */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type PartKind = 'text' | 'stop' | 'content' | 'proper' | 'acronym' | 'number';

/** A piece of a template sentence. */
interface Part {
  readonly kind: PartKind;
  readonly text: string;
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'st',
  'tr',
  'sh',
  'ch',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'k', 't', 'nd', 'rn'];

/** Words of a piece of text: letters, digits and inner apostrophes or hyphens. */
function splitParts(sentence: string, properWords: ReadonlySet<string>): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let first = true;
  const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  while (i < sentence.length) {
    const ch = sentence[i] ?? '';
    if (!isWordChar(ch)) {
      let j = i;
      while (j < sentence.length && !isWordChar(sentence[j] ?? '')) j++;
      parts.push({ kind: 'text', text: sentence.slice(i, j) });
      i = j;
      continue;
    }
    let j = i;
    while (
      j < sentence.length &&
      (isWordChar(sentence[j] ?? '') || (/['’]/.test(sentence[j] ?? '') && isWordChar(sentence[j + 1] ?? '')))
    )
      j++;
    const word = sentence.slice(i, j);
    const lower = word.toLowerCase();
    let kind: PartKind;
    if (word.length === 1) kind = 'stop';
    else if (/\d/.test(word)) kind = 'number';
    else if (word.length >= 2 && word === word.toUpperCase()) kind = 'acronym';
    else if (STOP_WORDS.has(lower.replace(/['’]/g, ''))) kind = 'stop';
    else if (word[0] !== lower[0] && (!first || properWords.has(word))) kind = 'proper';
    else kind = 'content';
    parts.push({ kind, text: word });
    first = false;
    i = j;
  }
  return parts;
}

const QUOTE_MARKS = ['"', '“', '”'];

/**
 * Whether a sentence carries a quotation that must stay whole: quotation marks around more than
 * a few words (scare quotes such as "red line" do not count).
 */
function isQuotation(text: string): boolean {
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (QUOTE_MARKS.includes(text[i] ?? '')) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0 || last === first) return first >= 0;
  const inside = text.slice(first + 1, last);
  return inside.includes(',') || inside.trim().split(/\s+/).length > 4;
}

/** The clauses of a sentence without quotation marks: its parts split after each comma. */
function clausesOf(parts: readonly Part[]): Part[][] {
  const clauses: Part[][] = [];
  let current: Part[] = [];
  for (const part of parts) {
    if (part.kind === 'text' && part.text.includes(',')) {
      const before = part.text.slice(0, part.text.indexOf(','));
      if (before) current.push({ kind: 'text', text: before });
      if (current.some((p) => p.kind !== 'text')) clauses.push(current);
      current = [];
      continue;
    }
    current.push(part);
  }
  if (current.some((p) => p.kind !== 'text')) clauses.push(current);
  return clauses;
}

/** A clause rendered as the piece of a new sentence: no closing punctuation, no outer spaces. */
const clauseText = (text: string): string => text.trim().replace(/[.,;:!?\s–-]+$/u, '');

/** Words written with a capital somewhere other than at the start of a sentence. */
function properWordsOf(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length > 0);
    words.forEach((word, k) => {
      if (k > 0 && word[0] !== word[0]?.toLowerCase() && !STOP_WORDS.has(word.toLowerCase())) out.add(word);
    });
  }
  return out;
}

/** The pools of words and names the generator draws from; both grow as briefings are written. */
class WordPools {
  readonly words: string[];
  readonly names: string[] = [];
  private readonly used = new Set<string>();
  constructor(
    private readonly random: () => number,
    seedWords: readonly string[],
  ) {
    this.words = [...new Set(seedWords)];
    for (const w of this.words) this.used.add(w);
  }

  /** A made-up word that was never used before. */
  inventWord(): string {
    for (;;) {
      const syllables = 2 + Math.floor(this.random() * 2);
      let word = '';
      for (let s = 0; s < syllables; s++)
        word += this.pick(ONSETS) + this.pick(VOWELS) + (s === syllables - 1 ? this.pick(CODAS) : '');
      if (!this.used.has(word)) {
        this.used.add(word);
        return word;
      }
    }
  }

  /** A pool word, common words more often (a rough Zipf law). */
  word(): string {
    const r = this.random();
    return this.words[Math.floor(r * r * this.words.length)]!;
  }

  /** A name: a new one, or one seen before (earlier names more often). */
  name(newChance: number): string {
    if (this.names.length === 0 || this.random() < newChance) {
      const word = this.inventWord();
      const name = word[0]!.toUpperCase() + word.slice(1);
      this.names.push(name);
      return name;
    }
    const r = this.random();
    return this.names[Math.floor(r * r * this.names.length)]!;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }
}

/** One generated briefing's replacements: the same name for the same original throughout. */
class BriefingVoice {
  private readonly names = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  constructor(
    private readonly pools: WordPools,
    private readonly random: () => number,
  ) {}

  render(parts: readonly Part[]): string {
    let out = '';
    for (const part of parts) {
      switch (part.kind) {
        case 'proper':
          out += this.nameFor(part.text);
          break;
        case 'acronym':
          out += this.acronymFor(part.text);
          break;
        case 'number':
          out += this.numberLike(part.text);
          break;
        case 'content': {
          if (this.random() < CORPUS_DEFAULTS.swapShare) {
            const word = this.pools.word();
            const capital = part.text[0] !== part.text[0]?.toLowerCase();
            out += capital ? word[0]!.toUpperCase() + word.slice(1) : word;
          } else out += part.text;
          break;
        }
        default:
          out += part.text;
      }
    }
    return out;
  }

  private nameFor(original: string): string {
    let name = this.names.get(original);
    if (!name) {
      name = this.pools.name(CORPUS_DEFAULTS.newNameChance);
      this.names.set(original, name);
    }
    return name;
  }

  private acronymFor(original: string): string {
    let acronym = this.acronyms.get(original);
    if (!acronym) {
      acronym = '';
      for (let i = 0; i < original.length; i++)
        acronym += String.fromCharCode(65 + Math.floor(this.random() * 26));
      this.acronyms.set(original, acronym);
    }
    return acronym;
  }

  private numberLike(original: string): string {
    let out = '';
    for (const ch of original) out += ch >= '0' && ch <= '9' ? String(Math.floor(this.random() * 10)) : ch;
    return out;
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A date `days` after 2020-01-01, as YYYY-MM-DD. */
function dateAfter(days: number): string {
  const d = new Date(Date.UTC(2020, 0, 1) + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * Generates the corpus: `briefings - 1` generated briefings and the seed briefing, in a fixed
 * order. The same options always give the same corpus.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = randomGenerator(options.seed ?? CORPUS_DEFAULTS.seed);
  const seed = options.seedBriefing;
  const paragraphSentences = seed.paragraphs.map((p) => splitSentences(p.text).map((s) => s.text));
  const properWords = properWordsOf(paragraphSentences.flat());
  const templates = paragraphSentences.map((sentences) =>
    sentences.map((text) => ({
      parts: splitParts(text, properWords),
      quoted: isQuotation(text),
    })),
  );
  const clauses = templates.flat().flatMap((t) => (t.quoted ? [] : clausesOf(t.parts)));
  const seedWords = templates
    .flat()
    .flatMap((t) => t.parts)
    .filter((p) => p.kind === 'content')
    .map((p) => p.text.toLowerCase());
  const pools = new WordPools(random, seedWords);
  const generatedCount = Math.max(0, Math.floor(options.briefings) - 1);
  const seedIndex = Math.floor(generatedCount * CORPUS_DEFAULTS.seedPosition);
  const width = Math.max(5, String(generatedCount).length);
  const out: Briefing[] = [];
  for (let b = 0; b < generatedCount; b++) {
    if (b === seedIndex) out.push(seed);
    for (let k = 0; k < CORPUS_DEFAULTS.newWordsPerBriefing; k++) pools.words.push(pools.inventWord());
    const voice = new BriefingVoice(pools, random);
    const count =
      CORPUS_DEFAULTS.minParagraphs +
      Math.floor(random() * (CORPUS_DEFAULTS.maxParagraphs - CORPUS_DEFAULTS.minParagraphs + 1));
    const paragraphs: Paragraph[] = [];
    for (let p = 0; p < count; p++) {
      const frame = pools.pick(templates);
      const text = frame
        .map((sentence) => {
          if (sentence.quoted || clauses.length === 0 || random() >= CORPUS_DEFAULTS.mixChance) {
            return voice.render(sentence.parts);
          }
          const count = 1 + Math.floor(random() * 3);
          const pieces = Array.from({ length: count }, () => clauseText(voice.render(pools.pick(clauses))));
          const joined = pieces.filter((p) => p.length > 0).join(', ');
          return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
        })
        .join(' ');
      paragraphs.push({ number: p + 1, text, line: 2 * p + 1 });
    }
    const slug = `bench-${pad(b + 1, width)}`;
    out.push(
      Object.freeze({
        slug,
        title: `${voice.render([{ kind: 'proper', text: 'Title' }])} ${pools.word()} briefing ${b + 1}`,
        source: 'Benchmark',
        published: dateAfter(Math.floor(random() * 2200)),
        credits: [],
        topics: [],
        paragraphs,
        file: `${slug}.md`,
      }),
    );
  }
  if (seedIndex >= generatedCount) out.push(seed);
  return { briefings: out, seedSlug: seed.slug, vocabularySize: pools.words.length, names: pools.names };
}
