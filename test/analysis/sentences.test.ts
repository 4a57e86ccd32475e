import { splitSentences } from '../../src/analysis/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits after a full stop inside a closing quotation mark', () => {
    expect(split('He said it was a "red line." The talks went on.')).toEqual([
      'He said it was a "red line."',
      'The talks went on.',
    ]);
    expect(split('“We are ready.” The army agreed.')).toEqual(['“We are ready.”', 'The army agreed.']);
  });

  it('does not split after abbreviations, initials, titles or decimals', () => {
    expect(
      split('U.S. President Donald J. Trump met Gov. Ann Lee at 10.30 a.m. on Jan. 5 in Washington.'),
    ).toHaveLength(1);
    expect(split('Dr. Amara Singh spoke. Mr. Olsen did not.')).toEqual([
      'Dr. Amara Singh spoke.',
      'Mr. Olsen did not.',
    ]);
  });

  it('ends a sentence on a dotted acronym when a typical opener follows', () => {
    expect(split('The troops will come from the U.S. The official said so.')).toEqual([
      'The troops will come from the U.S.',
      'The official said so.',
    ]);
  });

  it('keeps a question or exclamation with the attribution that follows it', () => {
    expect(split('"Why now?" Mayor Linda Okafor asked. "Nothing has changed."')).toEqual([
      '"Why now?" Mayor Linda Okafor asked.',
      '"Nothing has changed."',
    ]);
    expect(split('"Stop!" she shouted.')).toEqual(['"Stop!" she shouted.']);
  });

  it('still splits after a question when no attribution follows', () => {
    expect(split('Is this a deal? Officials think so.')).toEqual(['Is this a deal?', 'Officials think so.']);
    expect(split('"Is this a deal?" The question hung in the air.')).toEqual([
      '"Is this a deal?"',
      'The question hung in the air.',
    ]);
  });

  it('gives offsets into the paragraph', () => {
    const text = 'One sentence here. Another one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits every sentence of the seed paragraph with three quoted sentences', () => {
    const text =
      'The Turkish security sources said, "Our forces are ready. We have prepared all the necessary units. The moment the order is given, we will immediately form a modular unit."';
    expect(split(text)).toHaveLength(3);
  });
});
