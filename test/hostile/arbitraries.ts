/**
 * Hostile text for the property tests: what a public server pastes into slash-command options.
 * Each family is one arbitrary; {@link hostileText} mixes them, alone and glued together, with real
 * words of the briefings so that searches also find something (and the renderer has to escape
 * snippets and highlights around the hostile parts).
 */
import fc from 'fast-check';

/** Markdown and mention fragments. Canary words (`zqx…`) never occur in a briefing. */
export const MARKUP_FRAGMENTS = Object.freeze([
  '**zqxbold**',
  '__zqxunder__',
  '*zqxitalic*',
  '_zqxitalic_',
  '~~zqxstrike~~',
  '||zqxspoiler||',
  '`zqxcode`',
  '```js\nzqxfence()\n```',
  '```',
  '> zqxquote',
  '>>> zqxblock',
  '# zqxheading',
  '-# zqxsubtext',
  '- zqxlist',
  '1. zqxlist',
  '[zqxlink](https://evil.example/x)',
  '[https://discord.com](https://evil.example/phish)',
  '<https://evil.example/embedless>',
  '@everyone',
  '@here',
  '@ everyone',
  '<@123>',
  '<@!123456789012345678>',
  '<@&123>',
  '<@&987654321098765432>',
  '<#123456789012345678>',
  '</ask:123456789012345678>',
  '<t:1700000000:R>',
  '<:zqxemoji:123456789012345678>',
  '<a:zqxanim:123456789012345678>',
  '\\',
  '\\*zqx\\*',
  ':joy:',
]);

/** Characters with a meaning in regular expressions. */
export const REGEX_FRAGMENTS = Object.freeze([
  '.*',
  '(a+)+$',
  '(?<x>a)\\k<x>',
  '[^]',
  '\\d+\\w*',
  '{1,}',
  '(?=',
  ')',
  '[',
  '\\u{1F600}',
  '$&',
  '$1',
]);

/** fuse.js extended-search operators and their combinations. */
export const FUSE_FRAGMENTS = Object.freeze([
  "'huge",
  '!failure',
  '^Fidan',
  'troops$',
  '=ISF',
  '| Hamas',
  "!^'=$|",
  '\'"huge failure"',
  '!ISF | ^Hamas',
]);

/** Emoji, ZWJ sequences, flags, skin tones, keycaps, a lone surrogate. */
export const EMOJI_FRAGMENTS = Object.freeze([
  '😀',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '🇵🇸🇮🇱🇹🇷',
  '1️⃣',
  '🧑🏿‍🚀',
  '\ud83d',
  '\ude00',
]);

/** Right-to-left and invisible formatting characters. */
export const BIDI_FRAGMENTS = Object.freeze([
  '\u200f',
  '\u200e',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2028',
  '\u2029',
  'حماس',
  'שלום',
  '\u202egnp.exe',
]);

/** Everyday words of news English and of the seed briefing, so that some searches find things. */
export const NEWS_FRAGMENTS = Object.freeze([
  'huge failure',
  'ISF',
  'International Stabilization Force',
  'Hakan Fidan',
  'Fidan',
  'Meshaal',
  'Hamas',
  'troops',
  'Turkey',
  'disarm',
  'ceasefire',
  'Gaza',
  'When will the ISF be deployed?',
  'who said',
  'U.S. official',
  'Al Jazeera',
  'isf-status',
  'gaza-stabilization-force',
  'the',
  'said',
]);

const CONTROL_CHARACTER = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));

/** A string of control characters, NUL included, and the DEL/C1 range. */
export const controlText = fc
  .array(fc.oneof(CONTROL_CHARACTER, fc.constantFrom('\u007f', '\u0085', '\u009b', '\u0000')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((chars) => chars.join(''));

/** Only whitespace: spaces, tabs, newlines, NBSP and other Unicode spaces. */
export const whitespaceText = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u180e', '\u200b'), {
    minLength: 1,
    maxLength: 10,
  })
  .map((chars) => chars.join(''));

const COMBINING_MARKS = fc.integer({ min: 0x0300, max: 0x036f }).map((code) => String.fromCharCode(code));

/** Zalgo: letters buried under combining marks. */
export const zalgoText = fc
  .array(
    fc
      .tuple(
        fc.constantFrom('H', 'e', 'l', 'p', 'Z', 'a', 'ISF'),
        fc.array(COMBINING_MARKS, { maxLength: 30 }),
      )
      .map(([letter, marks]) => letter + marks.join('')),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** One fragment of any family. */
export const hostileFragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...MARKUP_FRAGMENTS),
  fc.constantFrom(...REGEX_FRAGMENTS),
  fc.constantFrom(...FUSE_FRAGMENTS),
  fc.constantFrom(...EMOJI_FRAGMENTS),
  fc.constantFrom(...BIDI_FRAGMENTS),
  fc.constantFrom(...NEWS_FRAGMENTS),
  controlText,
  whitespaceText,
  zalgoText,
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Very long text: a fragment repeated to (about) `length` characters, or one character repeated. */
export function longText(length: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(
        hostileFragment.filter((s) => s.length > 0),
        fc.constantFrom(' ', '', '\n'),
      )
      .map(([fragment, glue]) => {
        const unit = fragment + glue;
        return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      }),
    fc
      .constantFrom('a', '*', '@everyone ', 'huge failure ', '😀', '\u0301', '|')
      .map((unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  );
}

/**
 * Any text a user could type or paste: empty, whitespace, a single fragment, fragments glued with
 * spaces or nothing, or 6,000 characters (Discord's longest option value) and beyond.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: whitespaceText },
  { weight: 4, arbitrary: hostileFragment },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(hostileFragment, { minLength: 2, maxLength: 8 }), fc.constantFrom(' ', '', '\n'))
      .map(([parts, glue]) => parts.join(glue)),
  },
  { weight: 1, arbitrary: longText(6000) },
  { weight: 1, arbitrary: fc.integer({ min: 501, max: 9000 }).chain((n) => longText(n)) },
);

/** A Discord user id (what Discord sends for a user option). */
export const snowflake = fc.bigInt({ min: 10n ** 16n, max: 2n ** 63n - 1n }).map((n) => n.toString());
