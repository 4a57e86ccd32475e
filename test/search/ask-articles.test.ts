/**
 * `/ask` on news articles the search was not tuned on: hand-written questions over the article
 * fixtures, asked unscoped across all of them and the seed briefing through the real command.
 */
import {
  askAll,
  buildAskBot,
  formatMisses,
  formatScoreTable,
  loadAskCorpus,
  loadAskQuestions,
  questionsWithoutTheirAnswers,
  scoreAsk,
} from './ask-articles-eval';

const corpus = loadAskCorpus();
const questions = loadAskQuestions();
const bot = buildAskBot(corpus);

describe('the /ask article question set', () => {
  it('loads every article of the corpus and the seed briefing without problems', () => {
    expect(bot.problems).toEqual([]);
    expect(bot.briefings).toHaveLength(corpus.articles.length + 1);
  });

  it('asks at least 120 questions over at least 30 articles, each answer a real paragraph of its article', () => {
    expect(questionsWithoutTheirAnswers(bot, questions)).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(new Set(questions.map((q) => q.article)).size).toBeGreaterThanOrEqual(30);
  });
});

/*
 * Scores when the set was written (292 questions, 85 briefings):
 *   kind       count  first      top 3      article
 *   lexical      110    85  77%   104  95%   109  99%
 *   paraphrase   101    36  36%    64  63%    93  92%
 *   who           51    41  80%    48  94%    48  94%
 *   keyword       15    14  93%    15 100%    15 100%
 *   typo          15    12  80%    13  87%    15 100%
 *   all          292   188  64%   244  84%   280  96%
 *   answer ¶1     65    59  91%    63  97%    65 100%
 *   answer ¶2+   227   129  57%   181  80%   215  95%
 *   first hit is a lead paragraph (¶1) for 121 of 292 questions; ¶1 answers 65
 *
 * After the search was changed in answer to the misses of this set (story words shared by the
 * whole briefing and its title, a wider re-ranking pool, causes for "why", more news synonyms,
 * synonyms before spelling corrections, the focus of "when" and "how many", "what did X say"), so
 * the set is no longer unseen for those rules (test/search/ask-heldout.test.ts is):
 *   lexical      110    93  85%   109  99%   109  99%
 *   paraphrase   101    49  49%    79  78%    98  97%
 *   who           51    48  94%    51 100%    50  98%
 *   keyword       15    15 100%    15 100%    15 100%
 *   typo          15    13  87%    14  93%    15 100%
 *   all          292   218  75%   268  92%   287  98%
 *   first hit is a lead paragraph (¶1) for 100 of 292 questions; ¶1 answers 65
 * The floors below sit a little under these, so that a loss of relevance fails the test.
 */
describe('/ask on the article question set (the search was tuned on its misses)', () => {
  const outcomes = askAll(bot, questions);
  const score = scoreAsk(outcomes);

  it('prints the score per kind of question and the misses', () => {
    console.log(
      `/ask article questions (unscoped, ${bot.briefings.length} briefings)\n${formatScoreTable(score)}`,
    );
    console.log(`/ask article questions, misses (accepted paragraph not first):\n${formatMisses(outcomes)}`);
    expect(score.all.questions).toBe(questions.length);
  });

  it('ranks an accepted paragraph first for at least 208 of the 292 questions', () => {
    expect(score.all.first).toBeGreaterThanOrEqual(208);
  });

  it('has an accepted paragraph in the top three for at least 260 of the 292 questions', () => {
    expect(score.all.top3).toBeGreaterThanOrEqual(260);
  });

  it("answers questions in the article's own words first at least 88 times in 110", () => {
    expect(score.byKind.lexical.first).toBeGreaterThanOrEqual(88);
  });

  it('has the answer to reworded questions in the top three at least 74 times in 101', () => {
    expect(score.byKind.paraphrase.top3).toBeGreaterThanOrEqual(74);
  });
});
