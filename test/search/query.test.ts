import { countedWord, intentsOf, synonymsOf } from '../../src/search/query';
import { ParagraphSearch } from '../../src/search/paragraph-search';
import { seedDocs } from './seed-docs';

const search = new ParagraphSearch(seedDocs());
const words = (q: string): string[] => q.toLowerCase().split(/\W+/).filter(Boolean);

describe('question intents', () => {
  it('reads what kind of answer a question asks for', () => {
    expect(intentsOf(words('When will the force deploy?'))).toEqual(['time']);
    expect(intentsOf(words('How many countries will send troops?'))).toEqual(['number']);
    expect(intentsOf(words('How long will the truce last?'))).toEqual(['time']);
    expect(intentsOf(words('Who opposes the plan?'))).toEqual(['person']);
    expect(intentsOf(words('Under what conditions would Hamas disarm?'))).toEqual(['condition']);
    expect(intentsOf(words('Turkish troops in Gaza'))).toEqual([]);
  });

  it('finds the word that "how many" counts', () => {
    expect(countedWord(words('How many countries will provide troops?'))).toBe('countries');
    expect(countedWord(words('How much of the aid arrived?'))).toBe('aid');
    expect(countedWord(words('When will the troops arrive?'))).toBeUndefined();
  });

  it('does not take an acronym in capitals for a question word', () => {
    expect(search.plan('WHO report on Gaza').intents).toEqual([]);
    expect(search.plan('who reported on Gaza').intents).toEqual(['person']);
  });
});

describe('question words', () => {
  it('searches synonyms of news words at a lower weight', () => {
    expect(synonymsOf('deploy')).toEqual(['send', 'dispatch']);
    const deployed = search.plan('deployed').words[0];
    expect(deployed?.matches.map((m) => [m.word, m.weight])).toEqual([
      ['deployed', 1],
      ['send', 0.6],
    ]);
  });

  it('adds the long form of an acronym the briefing defines, and the acronym of a long form', () => {
    expect(search.plan('ISF').words.map((w) => [w.word, w.from])).toEqual([
      ['isf', undefined],
      ['international', 'isf'],
      ['stabilization', 'isf'],
      ['force', 'isf'],
    ]);
    expect(search.plan('stabilization force').words.map((w) => [w.word, w.from])).toEqual([
      ['stabilization', undefined],
      ['force', undefined],
      ['isf', 'international stabilization force'],
    ]);
  });

  it('corrects unknown words but never a word whose stem is known', () => {
    const [committed] = search.plan('committed').words;
    expect(committed?.corrected).toBe(false);
    // "committed" is not in the briefing, but "commitment" is: stem commit, no correction to "committee"
    expect(committed?.matches.map((m) => m.term)).toEqual(['commit']);
    const [troopps] = search.plan('troopps').words;
    expect(troopps?.corrected).toBe(true);
    expect(troopps?.matches[0]?.term).toBe('troop');
  });
});
