import { americanise, isStopWord, termOf } from '../../src/search/terms';

describe('index terms', () => {
  it('stems plurals and verb forms with Porter2', () => {
    expect(['troops', 'troop', 'disarming', 'disarm', 'weapons', 'deployed'].map(termOf)).toEqual([
      'troop',
      'troop',
      'disarm',
      'disarm',
      'weapon',
      'deploy',
    ]);
  });

  it('gives British and American spellings one term', () => {
    expect(americanise('stabilisation')).toBe('stabilization');
    expect(americanise('colour')).toBe('color');
    expect(americanise('centre')).toBe('center');
    expect(americanise('defence')).toBe('defense');
    expect(americanise('raise')).toBe('raise');
    expect(termOf('stabilisation')).toBe(termOf('stabilization'));
  });

  it('maps irregular verb forms to their base', () => {
    expect([termOf('told'), termOf('tell'), termOf('sent'), termOf('send')]).toEqual([
      'tell',
      'tell',
      'send',
      'send',
    ]);
  });

  it('keeps numbers as they are', () => {
    expect(termOf('2026')).toBe('2026');
  });

  it('drops stop words, but never an acronym written in capitals', () => {
    expect(isStopWord('us')).toBe(true);
    expect(isStopWord('us', true)).toBe(false);
    expect(isStopWord('who', true)).toBe(false);
    expect(isStopWord('gaza')).toBe(false);
  });
});
