import { foldCase, tokenize } from '../../src/search/normalise';

describe('search normalisation', () => {
  it('folds case and accents', () => {
    expect(foldCase('Erdoğan ÜMIT Café')).toBe('erdogan umit cafe');
  });

  it('splits news text into words with their offsets', () => {
    const text =
      'Netanyahu’s U.S.-led plan: 60.5% of 1,000 Hamas-held areas, Erdoğan said "don’t" to the ISF.';
    expect(tokenize(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ['netanyahu', 'Netanyahu'],
      ['us', 'U.S.'],
      ['led', 'led'],
      ['plan', 'plan'],
      ['60.5', '60.5'],
      ['of', 'of'],
      ['1000', '1,000'],
      ['hamas', 'Hamas'],
      ['held', 'held'],
      ['areas', 'areas'],
      ['erdogan', 'Erdoğan'],
      ['said', 'said'],
      ['dont', 'don’t'],
      ['to', 'to'],
      ['the', 'the'],
      ['isf', 'ISF'],
    ]);
  });

  it('treats straight and curly apostrophes alike and drops the possessive', () => {
    expect(tokenize("ISF's main mission").map((t) => t.word)).toEqual(['isf', 'main', 'mission']);
    expect(tokenize('ISF’s main mission').map((t) => t.word)).toEqual(['isf', 'main', 'mission']);
  });

  it('marks words written in capitals and capitalised words', () => {
    const [us, who, gaza] = tokenize('US WHO Gaza');
    expect([us?.allCaps, who?.allCaps, gaza?.allCaps, gaza?.capitalised]).toEqual([true, true, false, true]);
  });
});
