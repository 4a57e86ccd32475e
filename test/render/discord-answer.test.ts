import type { Answer, AnswerResult } from '../../src/answer/types';
import { embedCharacters, renderDiscordPages } from '../../src/render/discord';
import {
  EMBED_FIELD_VALUE_MAX,
  EMBEDS_TOTAL_CHARACTERS_MAX,
  MESSAGE_FLAG_EPHEMERAL,
} from '../../src/render/limits';
import { answerReply, autocompleteChoices, faultReply, userErrorReply } from '../../src/render/reply';
import { checkInteractionCallback, INTERACTION_TYPES, mentionProblems } from '../e2e/discord-rules';

const TITLE = 'ISF to deploy in Gaza early 2026, U.S. official says';
const URL = 'https://www.newsmax.com/world/globaltalk/u-s-ceasefire-gaza/2025/12/10/id/1237770';
const P14 =
  'Fidan said that not advancing to the next phase of the ceasefire would be a "huge failure" for the world and the Trump administration.';

const fidan: AnswerResult = {
  text: P14,
  article: 'seed-gaza-isf',
  paragraph: 14,
  citation: {
    article: 'seed-gaza-isf',
    title: TITLE,
    paragraph: 14,
    url: `${URL}#:~:text=Fidan%20said%20that`,
  },
  highlights: [[P14.indexOf('huge failure'), P14.indexOf('huge failure') + 'huge failure'.length]],
  speaker: 'Hakan Fidan',
  kind: 'partial',
  verdict: 'exact',
};

const whoSaid: Answer = {
  command: 'who-said',
  title: 'Who said “huge failure”?',
  intro: 'Hakan Fidan said it.',
  results: [fidan],
  footer: `${TITLE} · Newsmax`,
};

const commandCallback = (data: unknown) =>
  checkInteractionCallback({ type: 4, data }, INTERACTION_TYPES.command);

describe('renderDiscordPages', () => {
  it('renders a /who-said answer as one embed with a bold highlight and a linked citation', () => {
    const [page, ...rest] = renderDiscordPages(whoSaid);
    expect(rest).toHaveLength(0);
    expect(page?.embed).toEqual({
      title: 'Who said “huge failure”?',
      color: 0xf59e0b,
      description: 'Hakan Fidan said it.',
      fields: [
        {
          name: '✅ Exact · Hakan Fidan',
          value:
            '> Fidan said that not advancing to the next phase of the ceasefire would be a "**huge failure**" for the world and the Trump administration.\n' +
            `[¶14 · ${TITLE}](${URL}#:~:text=Fidan%20said%20that)`,
        },
      ],
      footer: { text: `${TITLE} · Newsmax` },
    });
    expect(page?.citations).toEqual([fidan.citation]);
  });

  it('shows the speaker, the addressee and the date in the heading', () => {
    const meshaal: AnswerResult = {
      ...fidan,
      paragraph: 18,
      citation: { ...fidan.citation, paragraph: 18, url: undefined },
      text: 'Disarming the Palestinian factions, for Palestinians, is like separating them from their soul.',
      highlights: [],
      speaker: 'Khaled Meshaal',
      to: 'Al Jazeera',
      when: 'on Tuesday',
      date: '2025-12-09',
      verdict: undefined,
      kind: 'direct',
    };
    const field = renderDiscordPages({ ...whoSaid, results: [meshaal] })[0]?.embed.fields?.[0];
    expect(field?.name).toBe('Khaled Meshaal → Al Jazeera · on Tuesday (2025-12-09)');
    expect(field?.value.split('\n')[1]).toBe(`¶18 · ${TITLE}`);
  });

  it('pages long answers and keeps every page within Discord limits', () => {
    const many: Answer = {
      ...whoSaid,
      results: Array.from({ length: 11 }, (_, i) => ({ ...fidan, paragraph: i + 1 })),
    };
    const pages = renderDiscordPages(many);
    // Seven results to a page (DISCORD_RENDER_DEFAULTS.resultsPerPage).
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.embed.fields?.length)).toEqual([7, 4]);
    expect(pages.map((p) => p.embed.footer?.text)).toEqual([
      `${TITLE} · Newsmax · Page 1/2`,
      `${TITLE} · Newsmax · Page 2/2`,
    ]);
    const narrow = renderDiscordPages(many, { resultsPerPage: 4 });
    expect(narrow.map((p) => p.embed.fields?.length)).toEqual([4, 4, 3]);
    for (const page of pages) expect(commandCallback(answerReply(page.embed))).toEqual([]);
  });

  it('cuts huge snippets and still passes the schema and the 6000-character rule', () => {
    const huge = 'word '.repeat(3000);
    const answer: Answer = {
      command: 'ask',
      title: 'x'.repeat(400),
      intro: '*'.repeat(5000),
      results: Array.from({ length: 8 }, () => ({ ...fidan, text: huge, highlights: [[0, 15000]] as const })),
      items: Array.from({ length: 30 }, (_, i) => ({ name: `n${i} `.repeat(100), value: '_'.repeat(2000) })),
      footer: 'f'.repeat(3000),
    };
    const pages = renderDiscordPages(answer);
    for (const page of pages) {
      expect(embedCharacters(page.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
      for (const field of page.embed.fields ?? [])
        expect(field.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
      expect(commandCallback(answerReply(page.embed))).toEqual([]);
    }
  });

  it('says what was not found and suggests alternatives when there are no results', () => {
    const [page] = renderDiscordPages({
      command: 'quotes',
      title: 'Quotes',
      results: [],
      empty: 'Nobody called "Fidn" is quoted.',
      suggestions: ['Hakan Fidan'],
    });
    expect(page?.embed.description).toBe('Nobody called "Fidn" is quoted.\n\nDid you mean: `Hakan Fidan`?');
    expect(page?.embed.fields).toBeUndefined();
  });

  it('keeps the line breaks of an intro (one line per checked quotation) but no blank lines', () => {
    const answer: Answer = {
      command: 'check',
      title: 'Quote check: 2 quotations',
      intro: '“huge failure”: exact words (Hakan Fidan)\n\n\n“our   *soul*”:   close (Khaled Meshaal)',
      results: [fidan],
    };
    expect(renderDiscordPages(answer)[0]?.embed.description).toBe(
      '“huge failure”: exact words (Hakan Fidan)\n“our \\*soul\\*”: close (Khaled Meshaal)',
    );
  });

  it('fits a long intro and many suggestions by dropping suggestions first, escaping everything once', () => {
    const answer: Answer = {
      command: 'check',
      title: 'Quote check',
      intro: 'a *b* '.repeat(200),
      results: [],
      suggestions: Array.from({ length: 10 }, (_, i) => `Speaker ${i}: ${'said things '.repeat(12)}`),
    };
    const description = renderDiscordPages(answer)[0]!.embed.description!;
    expect(description.length).toBeLessThanOrEqual(1500);
    expect(description.startsWith('a \\*b\\* a \\*b\\*')).toBe(true);
    expect(description).not.toContain('\\\\');
    expect(description).toContain('Nothing found.');
    const shown = description.match(/`Speaker \d/g) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(10);
  });

  it('echoes user text escaped: no formatting, no links, no pings', () => {
    const [page] = renderDiscordPages({
      ...whoSaid,
      title: 'Who said “@everyone [x](https://e.vil) **y**”?',
      intro: '<@&123> ||z||',
    });
    expect(page?.embed.title).toBe('Who said “@\u200beveryone \\[x\\](https://e.vil) \\*\\*y\\*\\*”?');
    expect(page?.embed.description).toBe('\\<@&123> \\|\\|z\\|\\|');
  });
});

describe('reply bodies', () => {
  const embed = renderDiscordPages(whoSaid)[0]!.embed;

  it('never parses mentions by default and is public unless hidden', () => {
    const body = answerReply(embed);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.flags).toBeUndefined();
    expect(body.content).toBeUndefined();
    expect(mentionProblems(body, 'reply')).toEqual([]);
  });

  it('pings only the mentioned user', () => {
    const body = answerReply(embed, { mention: '123456789012345678' });
    expect(body.content).toBe('<@123456789012345678>');
    expect(body.allowed_mentions).toEqual({ parse: [], users: ['123456789012345678'] });
  });

  it('ignores a mention that is not a user id', () => {
    const body = answerReply(embed, { mention: '@everyone' });
    expect(body.content).toBeUndefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('hides the answer with the ephemeral flag', () => {
    expect(answerReply(embed, { hide: true }).flags).toBe(MESSAGE_FLAG_EPHEMERAL);
  });

  it('explains user errors privately, with suggestions', () => {
    const body = userErrorReply('Nobody called "Fidn" is quoted in the briefings.', [
      'Hakan Fidan',
      'Khaled Meshaal',
    ]);
    expect(body.flags).toBe(MESSAGE_FLAG_EPHEMERAL);
    expect(body.embeds?.[0]?.description).toBe(
      'Nobody called "Fidn" is quoted in the briefings.\n\nDid you mean: `Hakan Fidan`, `Khaled Meshaal`?',
    );
    expect(commandCallback(body)).toEqual([]);
  });

  it('reports faults privately without details', () => {
    const body = faultReply();
    expect(body.flags).toBe(MESSAGE_FLAG_EPHEMERAL);
    expect(body.embeds?.[0]?.title).toBe('Something went wrong');
    expect(commandCallback(body)).toEqual([]);
  });
});

describe('autocompleteChoices', () => {
  it('keeps at most 25 choices, names of at most 100 characters, values unique', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({
      name: `${i} ${'n'.repeat(150)}`,
      value: `v${i % 30}`,
    }));
    const out = autocompleteChoices(choices);
    expect(out).toHaveLength(25);
    expect(Math.max(...out.map((c) => c.name.length))).toBe(100);
    expect(new Set(out.map((c) => c.value)).size).toBe(25);
    expect(
      checkInteractionCallback({ type: 8, data: { choices: out } }, INTERACTION_TYPES.autocomplete),
    ).toEqual([]);
  });

  it('cuts long values at a word', () => {
    const value =
      'We have no problem with the troops being sent to Gaza to join the ISF. The Americans also very much want us there';
    const [choice] = autocompleteChoices([{ name: value, value }]);
    expect(choice?.value).toBe(
      'We have no problem with the troops being sent to Gaza to join the ISF. The Americans also very much',
    );
  });
});
