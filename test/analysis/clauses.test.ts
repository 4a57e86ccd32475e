import { fitLength, leadInContaining, tightenSentence } from '../../src/analysis/clauses';

const tight = (sentence: string, speakerWords?: string[]) =>
  tightenSentence(sentence, {
    dropAttribution: speakerWords !== undefined,
    ...(speakerWords ? { speakerWords } : {}),
  });

describe('tightenSentence', () => {
  it('drops a leading connective and a scene-setting lead-in', () => {
    expect(tight('However, the talks resumed in Cairo.').text).toBe('The talks resumed in Cairo.');
    expect(tight('Amid fears of a strike, the union met the mayor on Friday.').text).toBe(
      'The union met the mayor on Friday.',
    );
    expect(tight('Speaking to reporters in Ankara, the minister defended the plan.').text).toBe(
      'The minister defended the plan.',
    );
  });

  it('drops a wire dateline', () => {
    expect(tight('WASHINGTON (AP) — The Senate passed the bill on Wednesday.').text).toBe(
      'The Senate passed the bill on Wednesday.',
    );
    expect(tight('GAZA CITY, Dec 10 (Reuters) - Aid trucks entered the strip.').text).toBe(
      'Aid trucks entered the strip.',
    );
  });

  it('removes a quotation mark left without its partner', () => {
    expect(tight('Ask me again in July."').text).toBe('Ask me again in July.');
    expect(tight('"We are ready. We have prepared all units.').text).toBe(
      'We are ready. We have prepared all units.',
    );
  });

  it('drops a "which" clause in the middle of the sentence but not one that ends it', () => {
    expect(tight('The plan, which is backed by the council, will cost $3 million.').text).toBe(
      'The plan will cost $3 million.',
    );
    expect(tight('The mission failed, which was expected.').text).toBe(
      'The mission failed, which was expected.',
    );
  });

  it('keeps a lead-in that holds a kept range when nothing else would be kept', () => {
    const sentence = 'Amid reports of delays before the end of the year, the agency said it was on track.';
    const start = sentence.indexOf('before the end of the year');
    expect(tightenSentence(sentence, { keep: [[start, start + 26]] }).text).toBe(sentence);
  });

  it('lifts out the attribution when its subject names the speaker or stands for them', () => {
    expect(tight('He added that the force would need two more months.', ['U.S. official'])).toEqual({
      text: 'The force would need two more months.',
      attributionDropped: true,
    });
    expect(
      tight('A U.S. official told The Jerusalem Post on Tuesday night that the force will be sent in 2026.', [
        'U.S. official',
      ]).text,
    ).toBe('The force will be sent in 2026.');
    expect(
      tight('The bridge will stay closed until May, city engineers said on Tuesday, after a review.', [
        'city engineers',
      ]).text,
    ).toBe('The bridge will stay closed until May, after a review.');
    expect(tight('"We are ready," the sources added.', ['Turkish security sources']).text).toBe(
      '"We are ready."',
    );
  });

  it('leaves an attribution whose subject is somebody else', () => {
    const sentence =
      'While some have signaled they are considering sending troops, no country has committed.';
    expect(tight(sentence, ['Benjamin Netanyahu']).attributionDropped).toBe(false);
  });
});

describe('leadInContaining', () => {
  it('returns the lead-in, without its preposition, when the range lies in it', () => {
    const sentence = 'Amid reports that the plan slips to next year, the minister resigned.';
    const start = sentence.indexOf('next year');
    expect(leadInContaining(sentence, [start, start + 9])).toBe('Reports that the plan slips to next year');
    expect(leadInContaining(sentence, [sentence.indexOf('resigned'), sentence.length])).toBeUndefined();
  });
});

describe('fitLength', () => {
  it('cuts at a clause boundary, or a word, with an ellipsis', () => {
    expect(fitLength('one two three', 20)).toBe('one two three');
    expect(fitLength('The first clause runs on and on, and the second clause is long', 40)).toBe(
      'The first clause runs on and on…',
    );
    expect(fitLength('abcdef ghijkl mnopqr', 10)).toBe('abcdef…');
  });
});
