import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimePhrases, resolveDate, resolvePhrase, tenseAround } from '../../src/analysis/dates';

const SEED_PUBLISHED = '2025-12-10'; // a Wednesday
const seedParagraphs = readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8')
  .split('\n')
  .slice(0, 21);

const phrasesOf = (text: string) => findTimePhrases(text).map((p) => p.phrase);
const dateOf = (phrase: string, published = SEED_PUBLISHED, tense?: 'past' | 'future') =>
  resolveDate(phrase, published, tense ? { tense } : {}).date;

describe('findTimePhrases', () => {
  it('finds every time phrase of the seed, with its preposition, in reading order', () => {
    const found = seedParagraphs.flatMap((text, i) =>
      findTimePhrases(text).map((p) => `¶${i + 1} ${p.phrase}`),
    );
    expect(found).toEqual([
      '¶1 before the end of the year',
      '¶1 on Tuesday night',
      '¶1 at the start of 2026',
      '¶4 after Christmas',
      '¶5 recently',
      '¶7 On Tuesday',
      '¶9 Last month',
      '¶10 On Saturday',
      '¶18 on Tuesday',
      '¶20 on Saturday',
      '¶21 On Sunday',
    ]);
  });

  it('gives the offsets of each phrase in the text', () => {
    const text = seedParagraphs[0]!;
    for (const p of findTimePhrases(text)) expect(text.slice(p.start, p.end)).toBe(p.phrase);
  });

  it('recognises the forms of news English: abbreviated dates, relative days, parts of years, seasons, holidays', () => {
    expect(phrasesOf('The closure began on Feb. 27, when a routine inspection flagged cracks.')).toEqual([
      'on Feb. 27',
    ]);
    expect(phrasesOf('The treaty was signed on December 5, 2025, in Geneva.')).toEqual([
      'on December 5, 2025',
    ]);
    expect(phrasesOf('Talks resumed yesterday after a pause earlier this week.')).toEqual([
      'yesterday',
      'earlier this week',
    ]);
    expect(phrasesOf('Two weeks ago, the auditor warned of delays; work ends in early June.')).toEqual([
      'Two weeks ago',
      'in early June',
    ]);
    expect(phrasesOf('A second phase is planned for the summer of 2027, and more by mid-2028.')).toEqual([
      'the summer of 2027',
      'by mid-2028',
    ]);
    expect(phrasesOf('The leaders will meet on New Year’s Eve, or ahead of Easter.')).toEqual([
      'on New Year’s Eve',
      'ahead of Easter',
    ]);
    expect(phrasesOf('The rules take effect next month and will be reviewed in the coming weeks.')).toEqual([
      'next month',
      'in the coming weeks',
    ]);
  });

  it('does not take the modal "may", the verb "march" or a bare year for dates', () => {
    expect(phrasesOf('Officials may march to the capital, citing the 2024 election.')).toEqual([]);
    expect(phrasesOf('May officials march? The vote in May 2024 said no.')).toEqual(['in May 2024']);
  });
});

describe('tense cues', () => {
  const tenseOf = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return tenseAround(text, start, start + phrase.length);
  };

  it('reads the verb nearest the phrase, on the left first', () => {
    expect(
      tenseOf('The official told the Post on Tuesday night that the force will be sent.', 'on Tuesday night'),
    ).toBe('past');
    expect(tenseOf('The council will vote on Thursday on the plan.', 'on Thursday')).toBe('future');
    expect(tenseOf('On Saturday, the minister told Reuters that talks had stalled.', 'On Saturday')).toBe(
      'past',
    );
  });

  it('reads a present-tense verb of schedules as the future ("host Riverton on Wednesday")', () => {
    const text = 'The champions, who have now won six straight, host Riverton on Wednesday.';
    expect(tenseOf(text, 'on Wednesday')).toBe('future');
    expect(resolvePhrase(findTimePhrases(text)[0]!, '2025-01-19').date).toBe('2025-01-22');
  });

  it('takes a participle after "be", "has" or "stay" for no tense of its own', () => {
    expect(tenseOf('The force will be sent at the start of 2026.', 'at the start of 2026')).toBe('future');
    expect(tenseOf('The bridge will stay closed until the end of May.', 'the end of May')).toBe('future');
    expect(tenseOf('The bridge was closed on Monday.', 'on Monday')).toBe('past');
  });
});

describe('resolveDate', () => {
  it('resolves the seed phrases against 2025-12-10 as the seed README says', () => {
    expect(dateOf('on Tuesday night')).toBe('2025-12-09');
    expect(dateOf('Tuesday night')).toBe('2025-12-09');
    expect(dateOf('On Saturday')).toBe('2025-12-06');
    expect(dateOf('On Sunday')).toBe('2025-12-07');
    expect(dateOf('Last month')).toBe('2025-11');
    expect(dateOf('at the start of 2026')).toBe('2026-01');
    expect(resolveDate('after Christmas', SEED_PUBLISHED)).toMatchObject({
      date: '2025-12-25',
      relation: 'after',
    });
    expect(resolveDate('before the end of the year', SEED_PUBLISHED)).toMatchObject({
      date: '2025-12',
      relation: 'before',
    });
  });

  it('resolves every "when" of the gold statements to the date the README gives', () => {
    const gold = JSON.parse(readFileSync(join(__dirname, '../fixtures/seed-statements.json'), 'utf8')) as {
      statements: { when?: string }[];
    };
    const expected: Record<string, string> = {
      'on tuesday night': '2025-12-09',
      'on tuesday': '2025-12-09',
      'last month': '2025-11',
      'on saturday': '2025-12-06',
      'on sunday': '2025-12-07',
    };
    const whens = gold.statements.flatMap((s) => (s.when ? [s.when] : []));
    const right = whens.filter((w) => dateOf(w) === expected[w.toLowerCase()]);
    console.log(`gold "when" phrases resolved: ${right.length}/${whens.length}`);
    expect(right).toEqual(whens);
  });

  it('takes a bare weekday in past copy for the most recent such day, in future copy for the next', () => {
    expect(dateOf('on Wednesday', SEED_PUBLISHED, 'past')).toBe('2025-12-10');
    expect(dateOf('on Monday', SEED_PUBLISHED, 'past')).toBe('2025-12-08');
    expect(dateOf('on Monday', SEED_PUBLISHED, 'future')).toBe('2025-12-15');
    expect(dateOf('last Wednesday')).toBe('2025-12-03');
    expect(dateOf('next Wednesday')).toBe('2025-12-17');
  });

  it('resolves explicit, relative and partial dates', () => {
    expect(dateOf('on Dec. 5')).toBe('2025-12-05');
    expect(dateOf('on December 5, 2024')).toBe('2024-12-05');
    expect(dateOf('on the 3rd of March 2026')).toBe('2026-03-03');
    expect(dateOf('2025-06-30')).toBe('2025-06-30');
    expect(dateOf('yesterday')).toBe('2025-12-09');
    expect(dateOf('tomorrow')).toBe('2025-12-11');
    expect(dateOf('last week')).toBe('2025-12-01');
    expect(dateOf('next year')).toBe('2026');
    expect(dateOf('two weeks ago')).toBe('2025-11-26');
    expect(dateOf('three months ago')).toBe('2025-09');
    expect(dateOf('in March', SEED_PUBLISHED, 'past')).toBe('2025-03');
    expect(dateOf('in March', SEED_PUBLISHED, 'future')).toBe('2026-03');
    expect(dateOf('in March')).toBe('2026-03'); // no cue: the nearest March
    expect(dateOf('by the end of the month')).toBe('2025-12');
    expect(dateOf('mid-2026')).toBe('2026');
    expect(dateOf('last summer')).toBe('2025-06');
    expect(dateOf('on Thanksgiving', SEED_PUBLISHED, 'past')).toBe('2025-11-27');
    expect(dateOf('at Easter', SEED_PUBLISHED, 'future')).toBe('2026-04-05');
  });

  it('puts a month and day without a year in the year of publication, as news style omits only that year', () => {
    expect(resolveDate('through Dec. 20', '2024-09-26', { tense: 'past' })).toMatchObject({
      date: '2024-12-20',
      relation: 'before',
    });
    expect(dateOf('on March 3', '2024-09-26', 'past')).toBe('2024-03-03');
    expect(dateOf('on Jan. 6', '2024-09-26', 'future')).toBe('2025-01-06');
    expect(dateOf('on Dec. 28', '2025-01-03')).toBe('2024-12-28');
  });

  it('reads wire-style bare weekdays ("said Tuesday") and possessives ("Monday\'s deadline")', () => {
    const text = "The senator said Tuesday that the bill must pass before Monday's deadline.";
    const found = findTimePhrases(text);
    expect(found.map((p) => p.phrase)).toEqual(['Tuesday', 'before Monday']);
    expect(found.map((p) => resolvePhrase(p, '2024-09-26').date)).toEqual(['2024-09-24', '2024-09-23']);
  });

  it('orders "night" after the day and "after Christmas" after Christmas Day', () => {
    const key = (phrase: string) => resolveDate(phrase, SEED_PUBLISHED).sortKey!;
    expect(key('on Tuesday')).toBeLessThan(key('on Tuesday night'));
    expect(key('on Tuesday night')).toBeLessThan(key('on Wednesday'));
    expect(key('on Christmas Day')).toBeLessThan(key('after Christmas'));
    expect(key('Last month')).toBeLessThan(key('On Saturday'));
    expect(key('before the end of the year')).toBeLessThan(key('at the start of 2026'));
  });

  it('gives vague phrases no date but an approximate place before publication', () => {
    const recently = resolveDate('recently', SEED_PUBLISHED);
    expect(recently.date).toBeUndefined();
    expect(recently.relation).toBe('before');
    expect(recently.sortKey).toBeLessThan(resolveDate('on Tuesday', SEED_PUBLISHED).sortKey!);
  });

  it('resolves only absolute phrases without a publication date, and nothing for unknown words', () => {
    expect(resolveDate('on Tuesday').date).toBeUndefined();
    expect(resolveDate('in 2026').date).toBe('2026');
    expect(resolveDate('on December 5, 2025').date).toBe('2025-12-05');
    expect(resolveDate('whenever it suits')).toEqual({});
    expect(resolveDate('on Tuesday', 'not-a-date')).toEqual({});
  });

  it('uses the tense found in the sentence (resolvePhrase)', () => {
    const text = 'The council will vote on Thursday on the detour plan.';
    const [found] = findTimePhrases(text);
    expect(resolvePhrase(found!, '2026-03-04').date).toBe('2026-03-05');
  });

  it('puts a past weekday within the six days up to publication, on that weekday (property)', () => {
    const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 6 }), (offset, w) => {
        const published = new Date(Date.UTC(1990, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const date = resolveDate(`on ${weekdays[w]}`, published, { tense: 'past' }).date!;
        const gap = (Date.parse(published) - Date.parse(date)) / 86_400_000;
        return gap >= 0 && gap <= 6 && new Date(date).getUTCDay() === w;
      }),
    );
  });
});
