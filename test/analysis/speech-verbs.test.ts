import { isGuardedSpeechVerb, speechVerbForm } from '../../src/analysis/speech-verbs';

const words = (text: string): string[] => text.toLowerCase().split(' ');
const guardedAt = (text: string, word: string): boolean => {
  const list = words(text);
  return isGuardedSpeechVerb(list, list.indexOf(word));
};

describe('speech verbs', () => {
  it.each([
    ['said', 'say', 'past'],
    ['says', 'say', 'present'],
    ['told', 'tell', 'past'],
    ['added', 'add', 'past'],
    ['noted', 'note', 'past'],
    ['warned', 'warn', 'past'],
    ['proposed', 'propose', 'past'],
    ['reiterated', 'reiterate', 'past'],
    ['insists', 'insist', 'present'],
    ['urged', 'urge', 'past'],
    ['wrote', 'write', 'past'],
    ['denied', 'deny', 'past'],
    ['argues', 'argue', 'present'],
    ['accused', 'accuse', 'past'],
    ['cited', 'cite', 'past'],
    ['described', 'describe', 'past'],
    ['welcomed', 'welcome', 'past'],
    ['saying', 'say', 'ing'],
    ['announcing', 'announce', 'ing'],
    ['admitted', 'admit', 'past'],
    ['signalled', 'signal', 'past'],
  ])('knows %s as a form of %s', (word, lemma, form) => {
    expect(speechVerbForm(word)).toMatchObject({ verb: { lemma }, form });
  });

  it('knows which verbs take the audience as object', () => {
    expect(speechVerbForm('told')?.verb.audience).toBe(true);
    expect(speechVerbForm('said')?.verb.audience).toBe(false);
  });

  it('does not know words that are no speech verbs', () => {
    expect(speechVerbForm('statements')).toBeUndefined();
    expect(speechVerbForm('voted')).toBeUndefined();
  });

  describe('guards', () => {
    it.each([
      ['he is said to be 40', 'said'],
      ['residents were told to leave', 'told'],
      ['residents told to leave fled', 'told'],
      ['the man said to have fled', 'said'],
      ['amid reports that the plan', 'reports'],
      ['the reported strike killed two', 'reported'],
      ['it had received 37 reports of fires', 'reports'],
      ['he did not say whether', 'say'],
      ['a spokeswoman declined to say whether', 'say'],
      ['work on the recall began', 'recall'],
    ])('"%s": %s is no statement', (text, word) => {
      expect(guardedAt(text, word)).toBe(true);
    });

    it.each([
      ['the official said the force', 'said'],
      ['fidan also told reuters that', 'told'],
      ['he said to reporters that', 'said'],
      ['she went on to say that', 'say'],
      ['analysts say the deal', 'say'],
      ['netanyahu has repeatedly said that', 'said'],
    ])('"%s": %s is a statement', (text, word) => {
      expect(guardedAt(text, word)).toBe(false);
    });
  });
});
