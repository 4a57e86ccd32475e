import { findTimePhrases } from '../analysis/dates';
import type { AnalysedBriefing, Sentence } from '../analysis/types';
import type { Answer, AnswerResult } from '../answer/types';
import type { TopicDefinition } from '../knowledge/types';
import { contentWords, overlap, resultOf, snippetOf } from './snippets';
import { findTerms, hitSpans, topicReferences, words, type TermHit } from './topic-match';

/** Defaults of the status brief. */
export const STATUS_DEFAULTS = Object.freeze({
  /** Most bullets in a brief. */
  maxBullets: 7,
  /** Longest bullet. */
  maxSnippet: 260,
  /** Bonus for the first paragraph, falling to 0 at the last (news puts the key facts first). */
  leadBonus: 1.5,
  /** Extra weight of each further mention of the same term. */
  repeatWeight: 0.5,
  /** Bonus for each fact cue (a number, a date, a negation). */
  factBonus: 0.5,
  /** Bonus per status verb ("deploy", "send", "join"), and its cap. */
  statusVerbBonus: 0.5,
  statusVerbCap: 1.5,
  /** Two bullets sharing this share of their content words say the same thing: the weaker goes. */
  duplicateOverlap: 0.7,
});

/**
 * Word beginnings of verbs and nouns that report where something stands: deployments, commitments,
 * decisions, readiness. General news English, not tied to one story.
 */
// prettier-ignore
const STATUS_STEMS = [
  'deploy', 'send', 'sent', 'join', 'commit', 'particip', 'contribut', 'withdr', 'arriv', 'train', 'ready',
  'approv', 'agree', 'reject', 'oppos', 'allow', 'balk', 'plan', 'compris', 'establish', 'launch', 'complet',
  'delay', 'postpon', 'authori', 'sign', 'fund', 'dispatch', 'station', 'mission', 'mandate', 'vote',
  'decid', 'decision', 'refus', 'accept', 'announc', 'confirm', 'expect', 'schedul', 'begin', 'began',
  'start', 'end', 'halt', 'suspend', 'resum', 'cancel', 'elect', 'appoint', 'pass', 'ban', 'veto',
];

// prettier-ignore
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred',
  'hundreds', 'thousand', 'thousands', 'million', 'billion', 'half', 'first', 'second', 'third',
]);
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  "won't",
  'cannot',
  "can't",
  'none',
  'neither',
  'nor',
  'without',
]);

/** A sentence that speaks of the topic, with its score. */
interface Candidate {
  readonly analysed: AnalysedBriefing;
  readonly order: number;
  readonly sentence: Sentence;
  readonly hits: readonly TermHit[];
  readonly score: number;
}

/** How much the term hits say: each term's weight, more for repeated mentions. */
function termScore(hits: readonly TermHit[]): number {
  const byTerm = new Map<string, { weight: number; count: number }>();
  for (const hit of hits) {
    const entry = byTerm.get(hit.term) ?? { weight: hit.weight, count: 0 };
    byTerm.set(hit.term, { weight: entry.weight, count: entry.count + 1 });
  }
  let score = 0;
  for (const { weight, count } of byTerm.values())
    score += weight * (1 + STATUS_DEFAULTS.repeatWeight * (count - 1));
  return score;
}

/** Fact scores of sentences already seen (analysed sentences are immutable, so they never go stale). */
const factScores = new WeakMap<Sentence, number>();

/** {@link factScore} of an analysed sentence, computed once. */
function sentenceFactScore(sentence: Sentence): number {
  let score = factScores.get(sentence);
  if (score === undefined) {
    score = factScore(sentence.text);
    factScores.set(sentence, score);
  }
  return score;
}

/** Fact cues of a sentence: numbers, dates, negations, and status verbs. */
function factScore(text: string): number {
  const ws = words(text).map((w) => w.word);
  let score = 0;
  if (ws.some((w) => /^\d/.test(w) || NUMBER_WORDS.has(w))) score += STATUS_DEFAULTS.factBonus;
  if (ws.some((w) => NEGATIONS.has(w) || w.endsWith("n't"))) score += STATUS_DEFAULTS.factBonus;
  if (findTimePhrases(text).length > 0) score += STATUS_DEFAULTS.factBonus;
  const stems = new Set(STATUS_STEMS.filter((stem) => ws.some((w) => w.startsWith(stem))));
  score += Math.min(STATUS_DEFAULTS.statusVerbCap, stems.size * STATUS_DEFAULTS.statusVerbBonus);
  return score;
}

/** Scores every sentence of the briefings that mentions the topic; the best sentence per paragraph. */
function candidates(
  briefings: readonly AnalysedBriefing[],
  topic: Pick<TopicDefinition, 'terms'>,
): Candidate[] {
  const out: Candidate[] = [];
  briefings.forEach((analysed, order) => {
    const total = Math.max(1, analysed.briefing.paragraphs.length - 1);
    for (const paragraph of analysed.sentences) {
      let best: Candidate | undefined;
      for (const sentence of paragraph) {
        const hits = findTerms(sentence.text, topic);
        if (hits.length === 0) continue;
        const lead = STATUS_DEFAULTS.leadBonus * (1 - (sentence.paragraph - 1) / total);
        const score = termScore(hits) + sentenceFactScore(sentence) + lead;
        if (!best || score > best.score) best = { analysed, order, sentence, hits, score };
      }
      if (best) out.push(best);
    }
  });
  return out;
}

/** Drops candidates that repeat a better one; returns the rest, best first. */
function withoutDuplicates(list: readonly Candidate[]): Candidate[] {
  const kept: { candidate: Candidate; words: Set<string> }[] = [];
  for (const candidate of [...list].sort((a, b) => b.score - a.score)) {
    const ws = contentWords(candidate.sentence.text);
    if (kept.some((k) => overlap(k.words, ws) >= STATUS_DEFAULTS.duplicateOverlap)) continue;
    kept.push({ candidate, words: ws });
  }
  return kept.map((k) => k.candidate);
}

/** Options of {@link buildStatusBrief}. */
export interface StatusBriefOptions {
  /** The command name the answer reports (default: the topic's command). */
  readonly command?: string;
  readonly maxBullets?: number;
}

/**
 * The status brief of a topic: the sentences that carry facts about it (its terms, and the references
 * its title implies such as "the force" — see `topicReferences`), scored for how much they say, near duplicates merged, the best
 * {@link STATUS_DEFAULTS.maxBullets} kept and put in reading order (newest briefing first), each
 * tightened to the clauses that matter, cited, and attributed when it is someone's statement.
 */
export function buildStatusBrief(
  briefings: readonly AnalysedBriefing[],
  topic: TopicDefinition,
  options: StatusBriefOptions = {},
): Answer {
  const max = options.maxBullets ?? STATUS_DEFAULTS.maxBullets;
  const chosen = withoutDuplicates(candidates(briefings, { terms: topicReferences(topic) }))
    .slice(0, max)
    .sort(
      (a, b) =>
        a.order - b.order ||
        a.sentence.paragraph - b.sentence.paragraph ||
        a.sentence.index - b.sentence.index,
    );
  const results: AnswerResult[] = chosen.map((c) => {
    const snippet = snippetOf(c.analysed, c.sentence, {
      keep: hitSpans(c.hits),
      maxLength: STATUS_DEFAULTS.maxSnippet,
    });
    return resultOf(c.analysed, c.sentence, snippet);
  });
  const sources = [...new Set(chosen.map((c) => c.analysed.briefing.title))];
  return {
    command: options.command ?? topic.command,
    title: `${topic.title}: where it stands`,
    results,
    empty: `The briefings say nothing about ${topic.title} yet. Try /summary for an overview.`,
    ...(sources.length > 0
      ? { footer: sources.length === 1 ? sources[0] : `${sources.length} briefings` }
      : {}),
  };
}
