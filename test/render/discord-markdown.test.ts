import {
  escapeDiscordText,
  escapeToFit,
  formatHighlighted,
  safeLinkUrl,
  truncateText,
} from '../../src/render/discord-markdown';

describe('escapeDiscordText', () => {
  it('shows markdown literally', () => {
    expect(escapeDiscordText('**bold** _it_ ~~s~~ `code` ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|',
    );
  });

  it('breaks masked links, mentions, channels, custom emoji and timestamps', () => {
    expect(escapeDiscordText('[click](https://evil.example)')).toBe('\\[click\\](https://evil.example)');
    expect(escapeDiscordText('<@123> <@&456> <#789> <:e:1> <t:1700000000:R>')).toBe(
      '\\<@123> \\<@&456> \\<#789> \\<:e:1> \\<t:1700000000:R>',
    );
  });

  it('breaks @everyone and @here with a zero-width space', () => {
    expect(escapeDiscordText('hi @everyone and @here')).toBe('hi @\u200beveryone and @\u200bhere');
  });

  it('escapes headings, quotes, lists and subtext at the start of a line only', () => {
    expect(escapeDiscordText('# Big', true)).toBe('\\# Big');
    expect(escapeDiscordText('> quote\n- item\n-# small\n1. first', true)).toBe(
      '\\> quote\n\\- item\n\\-# small\n1\\. first',
    );
    expect(escapeDiscordText('a - b # c')).toBe('a - b # c');
  });

  it('escapes line-start markup after any leading white space, no-break spaces included', () => {
    for (const space of [' ', '\t', '\u00a0', '\u2003', '\u3000']) {
      expect(escapeDiscordText(`${space}${space}-# subtext`, true)).toBe(`${space}${space}\\-# subtext`);
    }
  });

  it('folds newlines and removes control characters unless multiline', () => {
    expect(escapeDiscordText('a\nb\u0000c\u0007 ')).toBe('a bc');
  });

  it('leaves ordinary news text alone', () => {
    const text = 'Fidan said that not advancing would be a "huge failure" for the world.';
    expect(escapeDiscordText(text)).toBe(text);
  });
});

describe('truncateText', () => {
  it('cuts at a word and marks the cut', () => {
    expect(truncateText('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(truncateText('short', 12)).toBe('short');
  });

  it('never splits a surrogate pair', () => {
    const out = truncateText('ab😀😀😀😀', 4);
    expect(out).toBe('ab…');
  });
});

describe('escapeToFit', () => {
  it('fits escaped text within the limit', () => {
    const out = escapeToFit('*'.repeat(300), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.startsWith('\\*')).toBe(true);
  });
});

describe('formatHighlighted', () => {
  const text = 'Fidan said that not advancing to the next phase of the ceasefire would be a "huge failure".';

  it('bolds the highlighted words', () => {
    const start = text.indexOf('huge failure');
    expect(formatHighlighted(text, [[start, start + 12]], 500)).toBe(
      'Fidan said that not advancing to the next phase of the ceasefire would be a "**huge failure**".',
    );
  });

  it('trims highlights to words and drops overlaps', () => {
    expect(
      formatHighlighted(
        'a bc d',
        [
          [1, 5],
          [3, 6],
        ],
        50,
      ),
    ).toBe('a **bc** **d**');
  });

  it('escapes inside and outside the bold runs', () => {
    expect(formatHighlighted('x *y* z', [[2, 5]], 50)).toBe('x **\\*y\\*** z');
  });

  it('keeps bold balanced when the cut falls inside a highlight', () => {
    const out = formatHighlighted(text, [[0, text.length]], 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('safeLinkUrl', () => {
  it('keeps http(s) links with text fragments and encodes parentheses', () => {
    expect(safeLinkUrl('https://example.com/a_(b)#:~:text=huge%20failure', 2048)).toBe(
      'https://example.com/a_%28b%29#:~:text=huge%20failure',
    );
  });

  it('drops other schemes and unparseable links', () => {
    expect(safeLinkUrl('javascript:alert(1)', 2048)).toBeUndefined();
    expect(safeLinkUrl('not a url', 2048)).toBeUndefined();
  });
});
