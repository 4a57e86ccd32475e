import Fuse from 'fuse.js';
import { analyseBriefing } from '../analysis/analyse';
import type { AnalysedBriefing } from '../analysis/types';
import { citationFor } from '../answer/citation';
import type { Citation } from '../answer/types';
import type { Choice } from '../commands/types';
import { UserError, messages } from '../errors';
import { newestFirst } from '../knowledge/load';
import type { Briefing, Paragraph, TopicDefinition } from '../knowledge/types';
import { ParagraphSearch } from './paragraph-search';
import { QuoteSearch, type QuoteIndexParts } from './quote-search';
import type { ParagraphDoc } from './types';

/** A topic and the briefing that declares it. */
export interface TopicEntry {
  readonly briefing: AnalysedBriefing;
  readonly topic: TopicDefinition;
}

const SUGGESTION_LIMIT = 5;

/**
 * The paragraphs of a briefing as the search sees them, each with the named people it quotes (so
 * "What did Meshaal propose?" finds "Instead, he proposed …").
 */
export function paragraphDocs(analysed: AnalysedBriefing): ParagraphDoc[] {
  const named = new Set(analysed.speakers.filter((s) => s.kind !== 'unnamed').map((s) => s.id));
  const speakersOf = new Map<number, Set<string>>();
  for (const statement of analysed.statements) {
    if (!named.has(statement.speakerId)) continue;
    const set = speakersOf.get(statement.paragraph) ?? new Set<string>();
    set.add(statement.speaker);
    speakersOf.set(statement.paragraph, set);
  }
  return analysed.briefing.paragraphs.map((p) => ({
    article: analysed.briefing.slug,
    paragraph: p.number,
    text: p.text,
    sentences: analysed.sentences[p.number - 1] ?? [],
    speakers: [...(speakersOf.get(p.number) ?? [])],
    title: analysed.briefing.title,
    ...(analysed.briefing.published ? { published: analysed.briefing.published } : {}),
  }));
}

/** The briefings in the order the index holds them: newest first. */
export const indexOrder = (briefings: readonly Briefing[]): Briefing[] => [...briefings].sort(newestFirst);

/**
 * Everything the commands read, built once from the briefings and never changed: the analysed
 * briefings (newest first), the paragraph search engine, the quote matcher and the topics. A reload
 * builds a new index and swaps it in whole.
 */
export class KnowledgeIndex {
  /** Analysed briefings, newest first. */
  readonly briefings: readonly AnalysedBriefing[];
  /** The `/ask` engine over every paragraph. */
  readonly paragraphs: ParagraphSearch;
  /** The `/who-said` engine over every statement. */
  readonly quotes: QuoteSearch;
  /** Every topic of every briefing, newest briefing first. */
  readonly topics: readonly TopicEntry[];
  private readonly bySlug: ReadonlyMap<string, AnalysedBriefing>;
  private readonly briefingFinder: Fuse<{ slug: string; title: string }>;

  private constructor(
    analysed: readonly AnalysedBriefing[],
    search?: ParagraphSearch,
    quoteParts?: QuoteIndexParts,
  ) {
    this.briefings = analysed;
    this.bySlug = new Map(analysed.map((a) => [a.briefing.slug, a]));
    this.paragraphs = search ?? new ParagraphSearch(analysed.flatMap(paragraphDocs));
    this.quotes = new QuoteSearch(analysed, quoteParts);
    this.topics = analysed.flatMap((briefing) =>
      briefing.briefing.topics.map((topic) => ({ briefing, topic })),
    );
    this.briefingFinder = new Fuse(
      analysed.map((a) => ({ slug: a.briefing.slug, title: a.briefing.title })),
      { keys: ['slug', 'title'], ignoreLocation: true, threshold: 0.4 },
    );
    Object.freeze(this);
  }

  /**
   * Builds the spelling and typo tables that are otherwise built by the first question that needs
   * them. Front ends call it once they are up, so no reader waits for them.
   */
  warm(): void {
    this.paragraphs.warm();
    this.quotes.warm();
  }

  /** Analyses and indexes the briefings. */
  static build(briefings: readonly Briefing[]): KnowledgeIndex {
    return new KnowledgeIndex(indexOrder(briefings).map(analyseBriefing));
  }

  /**
   * Indexes briefings that are analysed already, newest first (see {@link indexOrder}). `search`
   * is the paragraph search over exactly their {@link paragraphDocs} in that order, when one was
   * loaded or built elsewhere, and `quoteParts` the quote matcher's parts for their statements; what
   * is not given is built here.
   */
  static fromAnalysed(
    analysed: readonly AnalysedBriefing[],
    search?: ParagraphSearch,
    quoteParts?: QuoteIndexParts,
  ): KnowledgeIndex {
    return new KnowledgeIndex(analysed, search, quoteParts);
  }

  /** The analysed briefing with this slug. */
  get(slug: string): AnalysedBriefing | undefined {
    return this.bySlug.get(slug);
  }

  /** A paragraph of a briefing. */
  paragraph(article: string, number: number): Paragraph | undefined {
    return this.bySlug.get(article)?.briefing.paragraphs[number - 1];
  }

  /**
   * The briefings a command draws on: all of them (newest first) when `briefing` is empty, else the
   * one named by slug or title.
   * @throws UserError with the closest briefings when none matches.
   */
  scope(briefing?: string): readonly AnalysedBriefing[] {
    const wanted = briefing?.trim();
    if (!wanted) return this.briefings;
    const exact =
      this.bySlug.get(wanted) ??
      this.briefings.find((a) => a.briefing.title.toLowerCase() === wanted.toLowerCase()) ??
      this.bySlug.get(wanted.toLowerCase());
    if (exact) return [exact];
    const close = this.briefingFinder.search(wanted, { limit: SUGGESTION_LIMIT });
    if (close.length === 1 || (close[0] && (close[0].score ?? 1) < 0.1))
      return [this.bySlug.get(close[0]!.item.slug)!];
    throw new UserError(
      messages.unknownBriefing(wanted),
      close.map((c) => c.item.slug),
    );
  }

  /** The citation of a paragraph, linking to the cited words where the briefing has a url. */
  citation(article: string, paragraph: number, sentenceText?: string): Citation {
    const analysed = this.bySlug.get(article);
    if (!analysed) return { article, title: article, paragraph };
    return citationFor(analysed.briefing, paragraph, sentenceText);
  }

  /** Autocomplete for the `briefing` option: titles matching the typed text, newest first when empty. */
  suggestBriefings(value: string): Choice[] {
    const typed = value.trim();
    const hits = typed
      ? this.briefingFinder.search(typed).map((r) => r.item)
      : this.briefings.map((a) => a.briefing);
    return hits.map((b) => ({ name: b.title, value: b.slug }));
  }
}
