import { analyseFixture, readGold, scoreLine, scoreStatements } from './statement-gold';

const gold = readGold('seed-statements.json');
const seed = analyseFixture('seed-article.txt', gold.article);

describe('statements of the seed briefing', () => {
  const score = scoreStatements(seed.statements, gold);

  it('finds all 20 gold statements with the right speaker, kind, audience and time', () => {
    console.log(scoreLine('seed', score));
    if (score.misses.length) console.log(score.misses.join('\n'));
    expect(score.misses).toEqual([]);
    expect(score.found).toBe(20);
  });

  it('reports none of the not-statements (descriptions of statements, a quotation inside a quotation)', () => {
    expect(score.falseStatements).toEqual([]);
  });

  it('never names a pronoun or nobody as a speaker', () => {
    expect(score.badSpeakers).toEqual([]);
  });
});
