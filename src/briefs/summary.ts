import type { AnalysedBriefing, Sentence, Statement } from '../analysis/types';
import type { Answer, AnswerResult } from '../answer/types';
import { contentWords, resultOf, snippetOf } from './snippets';

/** Defaults of the summary. */
export const SUMMARY_DEFAULTS = Object.freeze({
  /** Most bullets in a summary (one Discord embed). */
  maxBullets: 6,
  /** Longest bullet. */
  maxSnippet: 220,
  /** A word is a key word of the briefing when this many paragraphs use it (title words always are). */
  keyWordParagraphs: 3,
  /** Statements that make a speaker principal. */
  principalStatements: 2,
  /** Bonus for a statement whose sentence is the speaker's own words (attribution lifted out). */
  ownWordsBonus: 1,
  /** Lead facts before the speakers' positions. */
  leadFacts: 1,
});

/** One chosen sentence of the summary. */
interface Pick {
  readonly sentence: Sentence;
  readonly statement?: Statement;
}

/** Key words of a briefing: its title's words and the words used in several paragraphs. */
function keyWords(analysed: AnalysedBriefing): Set<string> {
  const counts = new Map<string, number>();
  for (const p of analysed.briefing.paragraphs) {
    for (const w of contentWords(p.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const keys = contentWords(analysed.briefing.title);
  for (const [w, n] of counts) if (n >= SUMMARY_DEFAULTS.keyWordParagraphs) keys.add(w);
  return keys;
}

/**
 * How central a sentence is: how many key words it uses for its length, a little more early in the
 * briefing.
 */
function centrality(sentence: Sentence, keys: ReadonlySet<string>, paragraphs: number): number {
  const ws = contentWords(sentence.text);
  let shared = 0;
  for (const w of ws) if (keys.has(w)) shared++;
  return shared / Math.sqrt(Math.max(1, ws.size)) + 1 - (sentence.paragraph - 1) / Math.max(1, paragraphs);
}

/**
 * The principal speakers, weightiest first: those quoted at least
 * {@link SUMMARY_DEFAULTS.principalStatements} times (or everyone when nobody is), by how often
 * they speak, then how early.
 */
function principalSpeakers(analysed: AnalysedBriefing): { id: string; statements: Statement[] }[] {
  const bySpeaker = new Map<string, Statement[]>();
  for (const s of analysed.statements) bySpeaker.set(s.speakerId, [...(bySpeaker.get(s.speakerId) ?? []), s]);
  const all = [...bySpeaker.entries()]
    .map(([id, statements]) => ({ id, statements }))
    .sort(
      (a, b) =>
        b.statements.length - a.statements.length ||
        (a.statements[0]?.paragraph ?? 0) - (b.statements[0]?.paragraph ?? 0),
    );
  const principal = all.filter((s) => s.statements.length >= SUMMARY_DEFAULTS.principalStatements);
  return principal.length > 0 ? principal : all;
}

const sentenceOf = (analysed: AnalysedBriefing, paragraph: number, index: number): Sentence | undefined =>
  analysed.sentences[paragraph - 1]?.[index];

/** The sentences summarising one briefing: its lead facts, then each principal speaker's main position. */
function picks(analysed: AnalysedBriefing, max: number): Pick[] {
  const keys = keyWords(analysed);
  const paragraphs = analysed.briefing.paragraphs.length;
  const used = new Set<number>();
  const chosen: Pick[] = [];
  const statementAt = (sentence: Sentence): Statement | undefined =>
    analysed.statements.find((s) => s.paragraph === sentence.paragraph && s.sentence === sentence.index);

  // lead facts: the first sentences of the first paragraphs
  for (const paragraph of analysed.sentences) {
    if (chosen.length >= Math.min(max, SUMMARY_DEFAULTS.leadFacts)) break;
    const first = paragraph[0];
    if (!first) continue;
    const statement = statementAt(first);
    chosen.push({ sentence: first, ...(statement ? { statement } : {}) });
    used.add(first.paragraph);
  }
  const spoken = new Set(chosen.flatMap((c) => (c.statement ? [c.statement.speakerId] : [])));

  // one main position per principal speaker: their most central statement
  for (const { id, statements } of principalSpeakers(analysed)) {
    if (chosen.length >= max) break;
    if (spoken.has(id)) continue;
    const best = statements
      .filter((s) => !used.has(s.paragraph))
      .map((s) => ({ s, sentence: sentenceOf(analysed, s.paragraph, s.sentence) }))
      .filter((x): x is { s: Statement; sentence: Sentence } => x.sentence !== undefined)
      .map((x) => {
        const own = snippetOf(analysed, x.sentence, { statement: x.s }).statement !== undefined;
        return {
          ...x,
          score: centrality(x.sentence, keys, paragraphs) + (own ? SUMMARY_DEFAULTS.ownWordsBonus : 0),
        };
      })
      .sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    chosen.push({ sentence: best.sentence, statement: best.s });
    used.add(best.s.paragraph);
    spoken.add(id);
  }

  // room left: the most central facts not yet covered
  const rest = analysed.sentences
    .flat()
    .filter((s) => !used.has(s.paragraph))
    .sort((a, b) => centrality(b, keys, paragraphs) - centrality(a, keys, paragraphs));
  for (const sentence of rest) {
    if (chosen.length >= max) break;
    if (used.has(sentence.paragraph)) continue;
    const statement = statementAt(sentence);
    chosen.push({ sentence, ...(statement ? { statement } : {}) });
    used.add(sentence.paragraph);
  }
  return chosen.sort(
    (a, b) => a.sentence.paragraph - b.sentence.paragraph || a.sentence.index - b.sentence.index,
  );
}

/**
 * A short extractive summary: for each briefing (newest first) its lead fact and the main position of
 * each principal speaker, in reading order, at most {@link SUMMARY_DEFAULTS.maxBullets} bullets in all
 * (shared out between briefings), each cited and attributed.
 */
export function buildSummary(briefings: readonly AnalysedBriefing[]): Answer {
  const max = SUMMARY_DEFAULTS.maxBullets;
  const shown = briefings.slice(0, max);
  const share = Math.max(1, Math.floor(max / Math.max(1, shown.length)));
  const results: AnswerResult[] = shown.flatMap((analysed) =>
    picks(analysed, share).map((pick) => {
      const snippet = snippetOf(analysed, pick.sentence, {
        maxLength: SUMMARY_DEFAULTS.maxSnippet,
        ...(pick.statement ? { statement: pick.statement } : {}),
      });
      return resultOf(analysed, pick.sentence, snippet);
    }),
  );
  const single = shown.length === 1 ? shown[0]?.briefing : undefined;
  return {
    command: 'summary',
    title: single ? `Summary: ${single.title}` : `Summary of ${shown.length} briefings`,
    results: results.slice(0, max),
    empty: 'There is nothing to summarise: the knowledge folder has no briefings.',
    ...(single ? { footer: [single.source, single.published].filter(Boolean).join(' · ') } : {}),
  };
}
