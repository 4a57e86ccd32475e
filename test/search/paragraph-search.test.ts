import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBriefing } from '../../src/knowledge/parse';
import { contentHash, ParagraphSearch } from '../../src/search/paragraph-search';
import { seedDocs } from './seed-docs';

const docs = [...seedDocs('gaza'), ...seedDocs('copy').slice(0, 5)];
const search = new ParagraphSearch(docs);
const marked = (hit: { snippet: string; highlights: [number, number][] }): string[] =>
  hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));

describe('ParagraphSearch', () => {
  it('returns the best sentence as the snippet with the matched words marked', () => {
    const [hit] = search.search('What would be a huge failure according to Fidan?', { limit: 1 });
    expect(hit).toMatchObject({
      article: 'gaza',
      paragraph: 14,
      snippet:
        'Fidan said that not advancing to the next phase of the ceasefire would be a "huge failure" for the world and the Trump administration.',
    });
    expect(marked(hit!)).toEqual(['Fidan', 'huge failure']);
  });

  it('marks the real words behind a misspelt name', () => {
    const [hit] = search.search('What did Khalid Mashal say about disarming?', { limit: 1 });
    expect(hit?.paragraph).toBe(18);
    expect(marked(hit!)).toEqual(['Khaled Meshaal', 'Disarming']);
  });

  it('explains how it understood a question', () => {
    const plan = search.plan('When will the stabilisation forse be sent?');
    expect(plan.intents).toEqual(['time']);
    expect(plan.words.map((w) => [w.word, w.corrected, w.matches[0]?.word])).toEqual([
      ['stabilisation', false, 'stabilisation'],
      ['forse', true, 'force'],
      ['sent', false, 'sent'],
      ['isf', false, 'isf'],
    ]);
  });

  it('keeps to the briefings asked for', () => {
    const hits = search.search('Netanyahu Trump Christmas', { articles: new Set(['copy']) });
    expect(hits.map((h) => [h.article, h.paragraph])).toEqual([
      ['copy', 4],
      ['copy', 5],
    ]);
    expect(search.search('Netanyahu', { articles: new Set(['nowhere']) })).toEqual([]);
  });

  it('returns at most `limit` hits, best first', () => {
    const hits = search.search('troops', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThanOrEqual(hits[2]!.score);
  });

  it('finds nothing for a question without known words', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('what is the')).toEqual([]);
    expect(search.search('xylophone quokka')).toEqual([]);
  });

  it('restores a saved index that answers exactly as the built one', () => {
    const bytes = search.serialize();
    const restored = ParagraphSearch.deserialize(bytes, docs);
    expect(restored).toBeDefined();
    for (const q of [
      'When will the ISF be deployed?',
      'Who should run the polise force in Gaza?',
      'Meshal guardianship',
    ]) {
      expect(restored!.search(q)).toEqual(search.search(q));
    }
  });

  it('refuses a saved index built from other paragraphs', () => {
    const bytes = search.serialize();
    const changed = docs.map((d, i) => (i === 0 ? { ...d, text: `${d.text} Updated.` } : d));
    expect(contentHash(changed)).not.toBe(search.hash);
    expect(ParagraphSearch.deserialize(bytes, changed)).toBeUndefined();
    expect(ParagraphSearch.deserialize(Buffer.from('not an index'), docs)).toBeUndefined();
  });

  it('always returns sorted highlights inside the snippet (property)', () => {
    const vocabulary = docs.flatMap((d) => d.text.split(/\s+/)).slice(0, 400);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }), (words) => {
        for (const hit of search.search(words.join(' '))) {
          let last = 0;
          for (const [s, e] of hit.highlights) {
            if (s < last || e <= s || e > hit.snippet.length) return false;
            last = e;
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('answers any text without failing, quickly (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        const start = Date.now();
        const hits = search.search(text);
        return Array.isArray(hits) && Date.now() - start < 500;
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on pasted junk: one 4,000-letter word, and 2,000 short words', () => {
    const start = Date.now();
    search.search('x'.repeat(4000));
    search.search(Array.from({ length: 2000 }, (_, i) => `w${i}ord`).join(' '));
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('lists the paragraphs that use any of some words or phrases, by stem', () => {
    const about = search.paragraphsWith(['stabilization forces', 'Meshaal'], { articles: new Set(['gaza']) });
    expect(about).toEqual([
      { article: 'gaza', paragraph: 1 },
      { article: 'gaza', paragraph: 18 },
    ]);
    expect(search.paragraphsWith(['unknownword force'])).toEqual([]);
  });
});

describe('ParagraphSearch: newer briefings win close calls', () => {
  const paragraph = (article: string, published: string | undefined, text: string) => ({
    article,
    paragraph: 1,
    text,
    sentences: [],
    ...(published ? { published } : {}),
  });
  const same = 'The council voted to close the library on Sundays from March.';

  it('ranks the same paragraph from the newer briefing first, whatever the order given', () => {
    const older = paragraph('older', '2025-01-10', same);
    const newer = paragraph('newer', '2025-06-10', same);
    for (const docs of [
      [older, newer],
      [newer, older],
    ]) {
      const hits = new ParagraphSearch(docs).search('When will the library close on Sundays?');
      expect(hits.map((h) => h.article)).toEqual(['newer', 'older']);
    }
  });

  it('still ranks a clearly better answer from an older briefing first', () => {
    const hits = new ParagraphSearch([
      paragraph('older', '2024-01-10', same),
      paragraph('newer', '2025-06-10', 'The council met on Tuesday and talked about the budget.'),
    ]).search('When will the library close on Sundays?');
    expect(hits[0]?.article).toBe('older');
  });

  it('gives a briefing without a date no freshness, and no error', () => {
    const hits = new ParagraphSearch([
      paragraph('undated', undefined, same),
      paragraph('dated', '2020-01-01', same),
    ]).search('library Sundays');
    expect(hits.map((h) => h.article)).toEqual(['dated', 'undated']);
  });
});

describe('ParagraphSearch: what the question asks for', () => {
  const doc = (paragraph: number, text: string) => ({ article: 'fares', paragraph, text, sentences: [] });
  const search = new ParagraphSearch([
    doc(1, 'Bus fares will go up in March.'),
    doc(2, 'Bus fares will go up in March because fuel costs more.'),
    doc(3, 'Riders said the fare hike would hurt them.'),
  ]);

  it('puts the paragraph that gives a cause first for "why"', () => {
    expect(search.search('Why are bus fares going up?')[0]?.paragraph).toBe(2);
  });

  it('finds a word through a news synonym ("hike" for "increase")', () => {
    expect(search.search('fare increase')[0]?.paragraph).toBe(3);
  });
});

describe('ParagraphSearch: the story and the answer', () => {
  const doc = (paragraph: number, text: string) => ({ article: 'road', paragraph, text, sentences: [] });
  it('ranks the paragraph that answers above the lead that only names the story', () => {
    const search = new ParagraphSearch([
      doc(
        1,
        'Shops on Main Street hope the street will reopen quickly: the roadworks have cost them customers.',
      ),
      doc(2, 'The owner of a Main Street cafe said trade had halved.'),
      doc(3, 'The council said Main Street traffic would be diverted.'),
      doc(4, 'The road should reopen in July, a council engineer said.'),
    ]);
    expect(search.search('When will Main Street reopen?')[0]?.paragraph).toBe(4);
  });
});

describe('ParagraphSearch: the title names the story', () => {
  const paragraphs = [
    'The Harbor Road bridge was shut on Monday, and drivers face long detours this summer.',
    'Engineers found cracks in two steel beams during an inspection.',
    'The county said the crossing should reopen in October.',
  ];
  const docs = (title: string | undefined) =>
    paragraphs.map((text, i) => ({
      article: 'bridge',
      paragraph: i + 1,
      text,
      sentences: [],
      ...(title ? { title } : {}),
    }));

  it("ranks the paragraph that answers above the lead when the story words are the title's", () => {
    const search = new ParagraphSearch(docs('Harbor Road bridge shut for repairs'));
    expect(search.search('When will the Harbor Road bridge reopen?')[0]?.paragraph).toBe(3);
  });

  it('leaves the lead first without a title that names the story', () => {
    const search = new ParagraphSearch(docs(undefined));
    expect(search.search('When will the Harbor Road bridge reopen?')[0]?.paragraph).toBe(1);
  });
});

describe('ParagraphSearch: the answer stands by what was asked', () => {
  it('answers "When is Caleb Ward being sentenced?" with the date set for sentencing, not the paragraph that names him', () => {
    const file = join(__dirname, '..', 'fixtures', 'articles', 'arson-trial.md');
    const briefing = parseBriefing('arson-trial.md', readFileSync(file, 'utf8'));
    const docs = briefing.paragraphs.map((p) => ({
      article: briefing.slug,
      paragraph: p.number,
      text: p.text,
      sentences: [],
      title: briefing.title,
    }));
    const [hit] = new ParagraphSearch(docs).search('When is Caleb Ward being sentenced?');
    expect(hit?.paragraph).toBe(4);
    expect(hit?.snippet).toContain('set sentencing for June 12');
  });
});

describe('ParagraphSearch: what a named speaker said', () => {
  const docs = [
    {
      article: 'dock',
      paragraph: 1,
      text: 'Managers said the strike was called after Omar Haddad met them on Monday.',
      sentences: [],
    },
    {
      article: 'dock',
      paragraph: 2,
      text: 'He said the walkout would go ahead unless the port raised its offer.',
      sentences: [],
      speakers: ['Omar Haddad'],
    },
    {
      article: 'dam',
      paragraph: 1,
      text: 'Talks on the dam will resume in June, the minister said.',
      sentences: [],
      speakers: ['Leila Haddad'],
    },
  ];
  const search = new ParagraphSearch(docs);

  it('puts the paragraph quoting Omar Haddad above one that only names him', () => {
    const [hit] = search.search('What did Omar Haddad say about the strike?');
    expect([hit?.article, hit?.paragraph]).toEqual(['dock', 2]);
  });

  it('does not take another Haddad for him', () => {
    const hits = search.search('What did Omar Haddad say?');
    expect(hits.map((h) => `${h.article} ¶${h.paragraph}`).indexOf('dam ¶1')).toBeGreaterThan(0);
  });
});
