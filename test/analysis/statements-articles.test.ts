import { analyseFixture, readGold, scoreLine, scoreStatements } from './statement-gold';

/** Short news articles written for these tests, each in a different style, with hand-checked gold. */
const ARTICLES = [
  'riverside-park',
  'measles-warning',
  'dam-talks',
  'battery-recall',
  'rail-strike',
  'bribery-sentence',
  'overtime-win',
  'border-bill',
  'shipping-talks',
  'bakery-profile',
  'kremlin-posts',
  'wildfire-evacuations',
  'earnings-call',
  'concession-night',
  'hospital-strike',
  'flood-aid',
];

describe('statements of unseen news articles', () => {
  let found = 0;
  let total = 0;
  afterAll(() =>
    console.log(
      `all articles: ${found}/${total} gold statements right (${((100 * found) / total).toFixed(1)}%)`,
    ),
  );

  it.each(ARTICLES)('finds every gold statement of %s, and no false ones', (name) => {
    const gold = readGold(`articles/${name}.json`);
    const analysed = analyseFixture(`articles/${name}.md`);
    const score = scoreStatements(analysed.statements, gold);
    found += score.found;
    total += score.total;
    console.log(scoreLine(name, score) + (score.misses.length ? `\n${score.misses.join('\n')}` : ''));
    expect(score.misses).toEqual([]);
    expect(score.falseStatements).toEqual([]);
    expect(score.badSpeakers).toEqual([]);
  });
});
