/**
 * Scoring of `/ask` on a hand-written question set over news articles: each question asked unscoped
 * across one index of a fixed corpus of articles and the seed briefing, through the real command
 * registry. The article set (test/fixtures/questions/ask-articles.json) is the default; the held-out
 * set (ask-heldout.json, over its own corpus) is loaded by passing its files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegistry, commandContext, runCommand, type Registry } from '../../src/commands/registry';
import type { CommandContext } from '../../src/commands/types';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Briefing } from '../../src/knowledge/types';
import { KnowledgeIndex } from '../../src/search/knowledge-index';
import { tempKnowledge } from '../helpers/temp-knowledge';

/** How a question is asked: reworded, in the article's words, misspelt, about a speaker, or as bare keywords. */
export type AskKind = 'paraphrase' | 'lexical' | 'typo' | 'who' | 'keyword';

/** Every kind, in the order the score table lists them. */
export const ASK_KINDS: readonly AskKind[] = Object.freeze([
  'lexical',
  'paraphrase',
  'who',
  'keyword',
  'typo',
]);

/** One hand-written question and the paragraphs of its article that answer it. */
export interface AskQuestion {
  readonly q: string;
  /** Slug of the briefing that answers it. */
  readonly article: string;
  /** Every paragraph a careful reader would accept as the answer. */
  readonly answers: readonly number[];
  readonly kind: AskKind;
}

/** The briefings the questions are scored against (a fixed list, so later fixtures do not move scores). */
export interface AskCorpus {
  /** Path of the seed briefing, from the repository root. */
  readonly seed: string;
  /** Folder of the article fixtures, from the repository root. */
  readonly folder: string;
  /** File names of the articles inside `folder`. */
  readonly articles: readonly string[];
}

/** Defaults of the evaluation. */
export const ASK_EVAL_DEFAULTS = Object.freeze({
  /** The article question set, from the repository root. */
  questionsFile: 'test/fixtures/questions/ask-articles.json',
  /** The corpus of the article question set. */
  corpusFile: 'test/fixtures/questions/ask-articles-corpus.json',
  /** The held-out question set, written after the search was tuned on the article set. */
  heldOutQuestionsFile: 'test/fixtures/questions/ask-heldout.json',
  /** The corpus of the held-out question set. */
  heldOutCorpusFile: 'test/fixtures/questions/ask-heldout-corpus.json',
  /** Hits looked at for the "top three" score. */
  topN: 3,
});

const ROOT = join(__dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

/** The hand-written questions of a question file (a path from the repository root; the article set by default). */
export const loadAskQuestions = (file: string = ASK_EVAL_DEFAULTS.questionsFile): readonly AskQuestion[] =>
  readJson<AskQuestion[]>(file);

/** The fixed list of briefings a question set is asked against (a path from the repository root; the article set's by default). */
export const loadAskCorpus = (file: string = ASK_EVAL_DEFAULTS.corpusFile): AskCorpus =>
  readJson<AskCorpus>(file);

/** The bot over the corpus, built as the bot builds it: a knowledge folder, the loader, the index, the registry. */
export interface AskBot {
  readonly briefings: readonly Briefing[];
  readonly problems: readonly string[];
  readonly registry: Registry;
  readonly ctx: CommandContext;
}

/** Copies the corpus into a temporary knowledge folder and loads and indexes it the way the bot does. */
export function buildAskBot(corpus: AskCorpus = loadAskCorpus()): AskBot {
  const files: Record<string, string> = {};
  for (const name of corpus.articles) files[name] = readFileSync(join(ROOT, corpus.folder, name), 'utf8');
  const seedName = corpus.seed.split('/').pop() ?? 'seed.md';
  files[seedName] = readFileSync(join(ROOT, corpus.seed), 'utf8');
  const folder = tempKnowledge(files);
  try {
    const { briefings, problems } = loadKnowledge(folder.dir);
    const index = KnowledgeIndex.build(briefings);
    const registry = buildRegistry(index);
    return {
      briefings,
      problems: problems.map((p) => `${p.file}: ${p.message}`),
      registry,
      ctx: commandContext(index, registry),
    };
  } finally {
    folder.cleanup();
  }
}

/** The questions whose article is not in the bot, or whose answers are not paragraphs of it. */
export function questionsWithoutTheirAnswers(bot: AskBot, questions: readonly AskQuestion[]): AskQuestion[] {
  const bySlug = new Map(bot.briefings.map((b) => [b.slug, b]));
  return questions.filter((question) => {
    const briefing = bySlug.get(question.article);
    return (
      !briefing ||
      question.answers.length === 0 ||
      question.answers.some((n) => !briefing.paragraphs.some((p) => p.number === n))
    );
  });
}

/** Where one question's accepted answer came. */
export interface AskOutcome {
  readonly question: AskQuestion;
  /** 0-based rank of the first accepted paragraph among the hits, or -1 when none was returned. */
  readonly rank: number;
  /** The first hits, as `article ¶paragraph`. */
  readonly top: readonly string[];
  /** Whether the first hit came from the right article (whatever its paragraph). */
  readonly articleFirst: boolean;
}

/** Asks every question through the real `/ask` command, unscoped. */
export function askAll(bot: AskBot, questions: readonly AskQuestion[]): AskOutcome[] {
  return questions.map((question) => {
    const answer = runCommand(bot.registry, 'ask', { question: question.q }, bot.ctx);
    const rank = answer.results.findIndex(
      (r) => r.article === question.article && question.answers.includes(r.paragraph),
    );
    const top = answer.results.slice(0, ASK_EVAL_DEFAULTS.topN).map((r) => `${r.article} ¶${r.paragraph}`);
    return { question, rank, top, articleFirst: answer.results[0]?.article === question.article };
  });
}

/** First-place and top-three counts of a group of questions. */
export interface AskScore {
  readonly questions: number;
  readonly first: number;
  readonly top3: number;
  /** Questions whose first hit came from the right article. */
  readonly articleFirst: number;
}

const scoreOf = (outcomes: readonly AskOutcome[]): AskScore => ({
  questions: outcomes.length,
  first: outcomes.filter((o) => o.rank === 0).length,
  top3: outcomes.filter((o) => o.rank >= 0 && o.rank < ASK_EVAL_DEFAULTS.topN).length,
  articleFirst: outcomes.filter((o) => o.articleFirst).length,
});

/** Scores per kind and overall, and split by where the answer sits: the lead (¶1) or later paragraphs. */
export interface AskScores {
  readonly byKind: Record<AskKind, AskScore>;
  readonly all: AskScore;
  /** Questions answered by the lead paragraph (¶1 among the accepted answers). */
  readonly lead: AskScore;
  /** Questions answered only by later paragraphs. */
  readonly later: AskScore;
  /** Questions whose first hit is the lead paragraph of some briefing (a measure of lead bias). */
  readonly firstHitIsLead: number;
}

/** Scores a set of outcomes. */
export function scoreAsk(outcomes: readonly AskOutcome[]): AskScores {
  const byKind = Object.fromEntries(
    ASK_KINDS.map((kind) => [kind, scoreOf(outcomes.filter((o) => o.question.kind === kind))]),
  ) as Record<AskKind, AskScore>;
  const inLead = (o: AskOutcome) => o.question.answers.includes(1);
  return {
    byKind,
    all: scoreOf(outcomes),
    lead: scoreOf(outcomes.filter(inLead)),
    later: scoreOf(outcomes.filter((o) => !inLead(o))),
    firstHitIsLead: outcomes.filter((o) => o.top[0]?.endsWith(' ¶1')).length,
  };
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(0).padStart(3)}%`;

/**
 * The score table: one line per kind and one overall. "first" and "top 3" need the right article and
 * an accepted paragraph; "article" counts first hits from the right article, whatever the paragraph.
 */
export function formatScoreTable(score: AskScores): string {
  const cell = (part: number, whole: number) => `${`${part}`.padStart(4)} ${percent(part, whole)}`;
  const line = (name: string, s: AskScore) =>
    `${name.padEnd(11)}${String(s.questions).padStart(5)}  ${cell(s.first, s.questions)}  ${cell(s.top3, s.questions)}  ${cell(s.articleFirst, s.questions)}`;
  return [
    `kind       count  first      top 3      article`,
    ...ASK_KINDS.map((kind) => line(kind, score.byKind[kind])),
    line('all', score.all),
    line('answer ¶1', score.lead),
    line('answer ¶2+', score.later),
    `first hit is a lead paragraph (¶1) for ${score.firstHitIsLead} of ${score.all.questions} questions; ¶1 answers ${score.lead.questions}`,
  ].join('\n');
}

/** The questions whose accepted answer was not first: the question, what was expected, what came. */
export function formatMisses(outcomes: readonly AskOutcome[]): string {
  return outcomes
    .filter((o) => o.rank !== 0)
    .map(({ question: { q, article, answers, kind }, rank, top }) => {
      const expected = `${article} ¶${answers.join('/¶')}`;
      const at = rank < 0 ? 'not in the hits' : `rank ${rank + 1}`;
      return `[${kind}] ${q}\n    expected ${expected} (${at}); got ${top.join(' | ') || 'nothing'}`;
    })
    .join('\n');
}
