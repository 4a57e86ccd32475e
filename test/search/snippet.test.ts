import { splitSentences } from '../../src/analysis/sentences';
import { bestSnippet, mergeSpans, SNIPPET_DEFAULTS } from '../../src/search/snippet';
import { termOf } from '../../src/search/terms';

const weights = (...words: string[]): Map<string, number> => new Map(words.map((w) => [termOf(w), 1]));
const marked = (text: string, highlights: readonly (readonly [number, number])[]): string[] =>
  highlights.map(([s, e]) => text.slice(s, e));

describe('snippets', () => {
  const paragraph =
    'Fidan spoke in Ankara. He said that not advancing to the next phase would be a "huge failure" for the world. Officials declined to comment on the remarks made later that day.';

  it('picks the sentence with the most question words and marks them', () => {
    const long = `${paragraph} Nobody in the capital expected the talks to resume before the end of the year, officials said.`;
    const snippet = bestSnippet(long, splitSentences(long), weights('talks', 'resume', 'year'));
    expect(snippet.text).toBe(
      'Nobody in the capital expected the talks to resume before the end of the year, officials said.',
    );
    expect(marked(snippet.text, snippet.highlights)).toEqual(['talks', 'resume', 'year']);
  });

  it('joins a short best sentence with the neighbour that matches more (the next one on a tie)', () => {
    const withName = bestSnippet(paragraph, splitSentences(paragraph), weights('huge', 'failure', 'fidan'));
    expect(withName.text).toBe(
      'Fidan spoke in Ankara. He said that not advancing to the next phase would be a "huge failure" for the world.',
    );
    expect(marked(withName.text, withName.highlights)).toEqual(['Fidan', 'huge failure']);
    const tie = bestSnippet(paragraph, splitSentences(paragraph), weights('huge', 'failure'));
    expect(tie.text).toBe(
      'He said that not advancing to the next phase would be a "huge failure" for the world. Officials declined to comment on the remarks made later that day.',
    );
  });

  it('joins matched words separated only by spaces or hyphens into one run', () => {
    const text = 'the police force and Hamas-held areas';
    expect(
      mergeSpans(text, [
        [4, 10],
        [11, 16],
        [21, 26],
        [27, 31],
      ]),
    ).toEqual([
      [4, 16],
      [21, 31],
    ]);
  });

  it('cuts a very long sentence around the matched words with ellipses', () => {
    const filler = 'word '.repeat(120);
    const long = `${filler}the ceasefire talks resumed ${filler}end.`;
    const snippet = bestSnippet(long, [], weights('ceasefire'));
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_DEFAULTS.maxLength + 4);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['ceasefire']);
  });
});
