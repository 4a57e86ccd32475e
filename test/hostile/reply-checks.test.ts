/**
 * The checks of the hostile-input properties, checked themselves: they catch every way a reply
 * could format or ping, and accept what the renderer legitimately writes.
 */
import fc from 'fast-check';
import { escapeDiscordText } from '../../src/render/discord-markdown';
import { answerReply, type ReplyBody } from '../../src/render/reply';
import { hostileText, MARKUP_FRAGMENTS } from './arbitraries';
import { markupProblems, pingProblems, sentProblems } from './reply-checks';

describe('markupProblems', () => {
  it.each([
    ['**zqxbold**'],
    ['||zqxspoiler||'],
    ['`zqxcode`'],
    ['[zqxlink](https://evil.example/x)'],
    ['<@123>'],
    ['<@&987654321098765432>'],
    ['<t:1700000000:R>'],
    ['a @everyone b'],
    ['@here'],
    ['# zqxheading'],
    ['-# zqxsubtext'],
    ['> zqxquote\n> zqxquote'],
    ['1. zqxlist'],
    ['__zqxunder__'],
    ['_zqxitalic_'],
    ['~~zqxstrike~~'],
  ])('reports %j as markup', (text) => {
    expect(markupProblems(text, 't')).not.toEqual([]);
  });

  it('accepts the renderer’s own markup: bold highlights, quoted snippets, citation links, code spans', () => {
    const value =
      '> Fidan said it would be a "**huge failure**" for the world.\n' +
      '[¶14 · Gaza stabilization force: U.S. timeline \\[draft\\]](https://www.example.com/a_b#:~:text=Fidan%20said)';
    expect(markupProblems(value, 't')).toEqual([]);
    expect(markupProblems('Did you mean: `/ask`, `/who-said`?', 't')).toEqual([]);
    expect(markupProblems('Compared: a huge ~~failure~~ **zqxword**', 't')).toEqual([]);
    expect(markupProblems('You are sending commands quickly. Try again <t:1765368003:R>.', 't')).toEqual([]);
  });

  it('accepts any hostile text once escaped (500 cases)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(markupProblems(escapeDiscordText(text, true), 't')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every markup fragment left as typed', () => {
    const rejected = MARKUP_FRAGMENTS.filter((f) => markupProblems(`see ${f}`, 't').length > 0);
    const harmless = MARKUP_FRAGMENTS.filter((f) => !rejected.includes(f));
    // Mid-line, only these fragments are plain text in Discord (a backslash escapes, shortcodes are
    // not expanded in bot messages).
    expect(harmless).toEqual([
      '> zqxquote',
      '>>> zqxblock',
      '# zqxheading',
      '-# zqxsubtext',
      '- zqxlist',
      '1. zqxlist',
      '@ everyone',
      '\\',
      '\\*zqx\\*',
      ':joy:',
    ]);
  });
});

describe('pingProblems', () => {
  const embed = { title: 't' };
  it('accepts a reply that pings only the user given in mention', () => {
    const id = '123456789012345678';
    expect(pingProblems(answerReply(embed, { mention: id }), id)).toEqual([]);
  });

  it('reports parsed mentions, other users and any other content', () => {
    const base: ReplyBody = { embeds: [embed], components: [], allowed_mentions: { parse: [] } };
    const parsing = { ...base, allowed_mentions: { parse: ['everyone'] } } as unknown as ReplyBody;
    expect(pingProblems(parsing, undefined)).not.toEqual([]);
    expect(pingProblems({ ...base, allowed_mentions: { parse: [], users: ['1'] } }, undefined)).not.toEqual(
      [],
    );
    expect(pingProblems({ ...base, content: '@everyone' }, undefined)).not.toEqual([]);
    expect(pingProblems({ ...base, content: '<@123456789012345678>' }, 'not-an-id')).not.toEqual([]);
  });
});

describe('sentProblems', () => {
  it('reports a body Discord would reject: an embed over 6000 characters', () => {
    const fields = Array.from({ length: 7 }, (_, i) => ({ name: `f${i}`, value: 'x'.repeat(1000) }));
    const body = answerReply({ title: 't', fields });
    expect(sentProblems([{ how: 'reply', body }]).join('\n')).toContain('6000');
  });

  it('reports a missing or a second response', () => {
    expect(sentProblems([])).not.toEqual([]);
    const body = answerReply({ title: 't' });
    expect(
      sentProblems([
        { how: 'reply', body },
        { how: 'reply', body },
      ]),
    ).not.toEqual([]);
  });
});
