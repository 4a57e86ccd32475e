import { citationFor, encodeFragmentText, fragmentWords, textFragmentUrl } from '../../src/answer/citation';
import { parseBriefing } from '../../src/knowledge/parse';
import { seedBriefing } from '../briefs/seed-with-gold';

const NEWSMAX = 'https://www.newsmax.com/world/globaltalk/u-s-ceasefire-gaza/2025/12/10/id/1237770';

describe('citationFor', () => {
  const seed = seedBriefing();

  it('links ¶16 of the seed to the Newsmax page at "First of all, we need to see"', () => {
    const sentence = seed.paragraphs[15]!.text;
    expect(citationFor(seed, 16, sentence)).toEqual({
      article: 'gaza-stabilization-force',
      title: seed.title,
      paragraph: 16,
      url: `${NEWSMAX}#:~:text=First%20of%20all%2C%20we%20need%20to%20see`,
    });
  });

  it('uses the first words of the paragraph when no sentence is given', () => {
    expect(citationFor(seed, 7).url).toBe(
      `${NEWSMAX}#:~:text=On%20Tuesday%2C%20Turkish%20media%20cited%20security%20sources`,
    );
  });

  it('gives no url when the briefing has none', () => {
    const plain = parseBriefing('notes.txt', 'A first paragraph about the port.\nA second one.');
    expect(citationFor(plain, 2, 'A second one.')).toEqual({
      article: 'notes',
      title: plain.title,
      paragraph: 2,
    });
  });
});

describe('text fragments', () => {
  it('escapes "-", "&" and "," as the Text Fragments spec requires, and spaces as %20', () => {
    expect(encodeFragmentText('U.S.-led talks, Gaza & more')).toBe(
      'U.S.%2Dled%20talks%2C%20Gaza%20%26%20more',
    );
  });

  it('takes the first seven words, without the opening quotation mark or trailing punctuation', () => {
    expect(fragmentWords('“Our forces are ready. We have prepared all the necessary units.')).toBe(
      'Our forces are ready. We have prepared',
    );
    expect(fragmentWords('He added that the force is currently planned to comprise troops')).toBe(
      'He added that the force is currently',
    );
    expect(fragmentWords('Short one.')).toBe('Short one');
  });

  it('stops before a quotation mark inside the run, since pages and files disagree on their kind', () => {
    expect(fragmentWords('The official said the ISF "will not be deployed in areas"')).toBe(
      'The official said the ISF',
    );
  });

  it('replaces a fragment the url already has', () => {
    expect(textFragmentUrl('https://example.com/a#top', 'Talks resumed on Monday.')).toBe(
      'https://example.com/a#:~:text=Talks%20resumed%20on%20Monday',
    );
  });
});
