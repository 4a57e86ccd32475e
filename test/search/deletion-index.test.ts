import { DeletionIndex } from '../../src/search/deletion-index';

/** The same look-up with one string per deletion in a Map, as a reference. */
function reference(words: readonly string[], minLength: number): (text: string) => string[] {
  const map = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < minLength) continue;
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      const list = map.get(d) ?? [];
      if (!list.includes(word)) list.push(word);
      map.set(d, list);
    }
  }
  return (text) => map.get(text) ?? [];
}

describe('DeletionIndex (typo look-ups in typed arrays)', () => {
  const words = [
    'frame',
    'fame',
    'flame',
    'frames',
    'book',
    'boot',
    'Erdoğan',
    'meshaal',
    'mashaal',
    'ceasefire',
    'cease-fire',
    'gaza',
  ];

  it('finds the words that become the text when one letter is left out', () => {
    const index = new DeletionIndex(words, 4);
    expect(index.wordsDeletingTo('fame')).toEqual(['frame', 'flame']);
    expect(index.wordsDeletingTo('frame')).toEqual(['frames']);
    expect(index.wordsDeletingTo('bok')).toEqual(['book']);
    expect(index.wordsDeletingTo('Erdoan')).toEqual(['Erdoğan']);
    expect(index.wordsDeletingTo('mshaal')).toEqual(['meshaal', 'mashaal']);
    expect(index.wordsDeletingTo('nothing')).toEqual([]);
    expect(index.wordsDeletingTo('')).toEqual([]);
  });

  it('leaves out words shorter than the shortest corrected word', () => {
    const index = new DeletionIndex(['gaza', 'isf', 'un'], 4);
    expect(index.wordsDeletingTo('is')).toEqual([]);
    expect(index.wordsDeletingTo('gza')).toEqual(['gaza']);
    expect(index.size).toBe(4);
  });

  it('answers as a Map of every deletion would, over thousands of generated words', () => {
    let state = 7;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const letters = 'abcdeilmnorst';
    const many = Array.from({ length: 5000 }, () =>
      Array.from(
        { length: 3 + Math.floor(random() * 8) },
        () => letters[Math.floor(random() * letters.length)],
      ).join(''),
    );
    const unique = [...new Set(many)];
    const index = new DeletionIndex(unique, 4);
    const expected = reference(unique, 4);
    const probes = [...unique.slice(0, 2000).flatMap((w) => [w, w.slice(1), w.slice(0, -1)]), 'zzzz'];
    for (const probe of probes) expect(index.wordsDeletingTo(probe)).toEqual(expected(probe));
  });
});
