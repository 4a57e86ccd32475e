import { collectAcronyms, impliedAcronyms } from '../../src/search/acronyms';
import { ParagraphSearch } from '../../src/search/paragraph-search';
import { editDistance } from '../../src/search/edit-distance';
import { skeletonOf, Vocabulary } from '../../src/search/vocabulary';

const vocabulary = Vocabulary.build([
  { word: 'force', count: 12, capitalised: 1 },
  { word: 'forces', count: 4, capitalised: 0 },
  { word: 'netanyahu', count: 6, capitalised: 6 },
  { word: 'meshaal', count: 3, capitalised: 3 },
  { word: 'mashaal', count: 1, capitalised: 1 },
  { word: 'hamas', count: 20, capitalised: 20 },
  { word: 'homs', count: 2, capitalised: 2 },
  { word: 'news', count: 5, capitalised: 2 },
  { word: 'areas', count: 3, capitalised: 0 },
  { word: 'military', count: 4, capitalised: 0 },
]);

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('misison', 'mission')).toBe(1);
    expect(editDistance('aeras', 'areas')).toBe(1);
    expect(editDistance('mashal', 'meshaal')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early beyond the limit', () => {
    expect(editDistance('gaza', 'washington', 2)).toBe(3);
  });
});

describe('spelling corrections over the vocabulary', () => {
  it('maps misspelt words to the closest known word', () => {
    expect(vocabulary.corrections('forse')[0]?.word).toBe('force');
    expect(vocabulary.corrections('netanyahoo')[0]?.word).toBe('netanyahu');
    expect(vocabulary.corrections('nws')[0]?.word).toBe('news');
    expect(vocabulary.corrections('aeras')[0]?.word).toBe('areas');
    expect(vocabulary.corrections('militery')[0]?.word).toBe('military');
    expect(vocabulary.corrections('hammas')[0]?.word).toBe('hamas');
  });

  it('leaves known words and words with nothing close alone', () => {
    expect(vocabulary.corrections('force')).toEqual([]);
    expect(vocabulary.corrections('zebra')).toEqual([]);
  });
});

describe('name aliases', () => {
  it('reduces names to their consonant skeleton', () => {
    expect(['meshaal', 'mashaal', 'meshal', 'khaled', 'khalid'].map(skeletonOf)).toEqual([
      'mshl',
      'mshl',
      'mshl',
      'khld',
      'khld',
    ]);
  });

  it('finds other spellings of a name, closest first, but not other names with the same skeleton', () => {
    expect(vocabulary.aliases('meshaal').map((a) => a.word)).toEqual(['mashaal']);
    expect(vocabulary.aliases('meshal').map((a) => a.word)).toEqual(['meshaal', 'mashaal']);
    expect(vocabulary.aliases('hamas')).toEqual([]);
  });

  it('survives saving and restoring', () => {
    const restored = Vocabulary.fromData(vocabulary.toData());
    expect(restored.aliases('meshaal').map((a) => a.word)).toEqual(['mashaal']);
    expect(restored.corrections('forse')[0]?.word).toBe('force');
  });
});

describe('acronyms', () => {
  it('finds acronyms defined in brackets after their long form', () => {
    expect(
      collectAcronyms([
        'the International Stabilization Force (ISF), which',
        'the Ministry of Foreign Affairs (MFA) said',
        'a plain (XYZ) aside',
      ]),
    ).toEqual(
      new Map([
        ['isf', ['international', 'stabilization', 'force']],
        ['mfa', ['ministry', 'foreign', 'affairs']],
      ]),
    );
  });
});

describe('acronyms news copy uses without defining them', () => {
  it('takes the initials of names of three capitalised words or more, with "of", "for", "and" inside', () => {
    expect(
      impliedAcronyms(
        'Members of the Royal College of Nursing voted. The World Health Organization and the Centers for Disease Control and Prevention agreed.',
      ),
    ).toEqual(
      new Map([
        ['rcn', ['royal', 'college', 'nursing']],
        ['who', ['world', 'health', 'organization']],
        ['cdcp', ['centers', 'disease', 'control', 'prevention']],
        ['cdc', ['centers', 'disease', 'control']],
      ]),
    );
  });

  it('leaves out two-word names, the first word of a sentence, and names a definition or a word already takes', () => {
    expect(impliedAcronyms('Maria Lopez said so. Union Pacific Railroad Company shares fell.')).toEqual(
      new Map([['prc', ['pacific', 'railroad', 'company']]]),
    );
    const acronyms = collectAcronyms([
      'the National Weather Service (NWS) said',
      'the National Wildlife Society said',
      'the Pacific Railroad Company and the prc',
    ]);
    expect(acronyms.get('nws')).toEqual(['national', 'weather', 'service']);
    expect(acronyms.has('prc')).toBe(false);
  });

  it('lets a question use such an acronym: "RCN" also searches for the Royal College of Nursing', () => {
    const search = new ParagraphSearch([
      {
        article: 'pay',
        paragraph: 1,
        text: 'The Royal College of Nursing rejected the pay offer.',
        sentences: [],
      },
      { article: 'pay', paragraph: 2, text: 'Doctors said they would consider the offer.', sentences: [] },
    ]);
    const words = search.plan('When does the RCN ballot close?').words;
    expect(words.filter((w) => w.from === 'rcn').map((w) => w.word)).toEqual(['royal', 'college', 'nursing']);
  });
});

describe('the spelling tables', () => {
  it('are built on first use, and answer the same when warmed first', () => {
    const cold = Vocabulary.fromData(vocabulary.toData());
    const warmed = Vocabulary.fromData(vocabulary.toData());
    const tables = warmed.warm();
    expect(warmed.warm()).toBe(tables);
    for (const word of ['forse', 'mashaal', 'netanyahoo', 'stabilzation']) {
      expect(warmed.corrections(word)).toEqual(cold.corrections(word));
      expect(warmed.aliases(word)).toEqual(cold.aliases(word));
    }
    expect(cold.corrections('forse').map((c) => c.word)).toContain('force');
  });
});

describe('known words taken for slips', () => {
  const words = Vocabulary.build([
    { word: 'say', count: 300, capitalised: 0 },
    { word: 'pay', count: 1, capitalised: 0 },
    { word: 'ceasefire', count: 200, capitalised: 0 },
    { word: 'ceasfire', count: 1, capitalised: 0 },
  ]);

  it('offers the much commoner word for a rare long word one letter away ("ceasfire")', () => {
    expect(words.corrections('ceasfire').map((c) => c.word)).toEqual(['ceasefire']);
  });

  it('leaves a rare short word alone: "pay" is not a slip for "say"', () => {
    expect(words.corrections('pay')).toEqual([]);
  });
});
