/**
 * Tightening news sentences into snippets: dropping the parts a reader can skip (a leading
 * connective such as "However,", a scene-setting lead-in such as "Amid reports that …,", a
 * non-restrictive "which …" clause in the middle, a long parenthesis) and separating a reported
 * statement from its attribution ("the official said …"). Every regular expression is built from the
 * word lists of this module; no input text is compiled into one.
 */

/** A character range `[start, end)` of a sentence that must survive trimming (e.g. a topic term). */
export type Span = readonly [start: number, end: number];

/** Defaults for snippet tightening. */
export const CLAUSE_DEFAULTS = Object.freeze({
  /** Longest snippet before clauses are cut from its end. */
  maxSnippet: 300,
  /** Longest lead-in clause ("Amid reports …,") that may be dropped. */
  maxLeadIn: 160,
  /** Longest parenthesis kept; longer asides are dropped. */
  maxParenthesis: 40,
  /** How far into a sentence a leading attribution ("X told Y that") may end. */
  maxAttribution: 140,
  /** Most words in the subject of an attribution ("Turkish Foreign Minister Hakan Fidan"). */
  maxSubjectWords: 8,
});

/** Sentence-opening connectives that carry no fact. */
// prettier-ignore
const CONNECTIVES = [
  'However', 'Instead', 'Meanwhile', 'Moreover', 'Still', 'Also', 'Nonetheless', 'Nevertheless', 'Separately',
  'Indeed', 'Yet', 'But', 'And', 'So', 'Further', 'Furthermore', 'In addition', 'At the same time', 'In turn',
  'Additionally', 'Similarly', 'Likewise', 'Elsewhere', 'Notably', 'Importantly', 'Ultimately', 'Previously',
];

/** Words that open a scene-setting lead-in clause ending at a comma. */
// prettier-ignore
const LEAD_IN_OPENERS = [
  'Amid', 'Addressing', 'Speaking', 'Despite', 'Following', 'Asked', 'Citing', 'Responding', 'Reacting',
  'Commenting', 'Writing', 'Given', 'Against', 'In response to', 'In a statement', 'In an interview',
  'In comments', 'With', 'Without', 'Although', 'Though', 'While', 'Whereas', 'As part of',
];

/** Verbs that introduce reported speech (past, present and participle forms). */
// prettier-ignore
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'stressed', 'stresses',
  'explained', 'explains', 'announced', 'announces', 'reported', 'reports', 'warned', 'warns', 'argued',
  'argues', 'claimed', 'claims', 'insisted', 'insists', 'confirmed', 'confirms', 'denied', 'denies',
  'acknowledged', 'acknowledges', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'reiterated',
  'reiterates', 'suggested', 'suggests', 'indicated', 'indicates', 'revealed', 'reveals', 'declared',
  'declares', 'asserted', 'asserts', 'maintained', 'maintains', 'wrote', 'writes', 'admitted', 'admits',
  'predicted', 'predicts', 'estimated', 'estimates', 'proposed', 'proposes', 'pledged', 'pledges',
  'promised', 'promises', 'vowed', 'vows', 'urged', 'urges', 'believes', 'believed', 'thinks', 'thought',
  'cited', 'quoted', 'recalled', 'recalls', 'observed', 'observes', 'responded', 'replied', 'agreed',
  'conceded', 'disclosed', 'signaled', 'signalled', 'hinted', 'assured', 'informed', 'briefed',
];

/** Phrases that attribute after the quoted words ("…," the sources were cited as saying). */
const TRAILING_ATTRIBUTION_VERBS = [
  ...SPEECH_VERBS,
  'saying',
  'cited as saying',
  'quoted as saying',
  'according to',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** A dateline: "WASHINGTON (AP) — ", "GAZA CITY, Dec 10 (Reuters) - ". */
const DATELINE_RE =
  /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Za-z0-9. ]{1,30})?(?:\s*\([A-Za-z .]{1,30}\))?\s*[—–-]{1,2}\s+/;

/** How many characters of a paragraph its dateline takes ("MILLBROOK, Ohio (AP) — "), or 0. */
export function datelineLength(paragraph: string): number {
  return DATELINE_RE.exec(paragraph)?.[0].length ?? 0;
}

const CONNECTIVE_RE = new RegExp(`^(?:${alt(CONNECTIVES)}),\\s+`);
const LEAD_IN_RE = new RegExp(`^(?:${alt(LEAD_IN_OPENERS)})\\b[^,"“”]{3,${CLAUSE_DEFAULTS.maxLeadIn}}?,\\s+`);
/** A lead-in opening with a participle: "Addressing a key concern of …, ". */
const PARTICIPLE_LEAD_IN_RE = new RegExp(`^[A-Z][a-z]+ing\\b[^,"“”]{3,${CLAUSE_DEFAULTS.maxLeadIn}}?,\\s+`);
/** ", which is …, will" — a relative clause between commas, followed by the main verb. */
const RELATIVE_RE =
  /,\s+(?:which|who)\s+(?:is|was|are|were|has|had|have|would|will|could|can|remains|includes|[a-z]+s)\b[^,"“”]*,\s+(?=(?:will|would|is|was|are|were|has|had|have|could|can|may|might|should|must|remains?|[a-z]+ed)\b)/g;
const PARENTHESIS_RE = /\s*\([^()]*\)/g;
/**
 * Leading attribution: "<subject> <speech verb> [<object>] [that] " within the first characters, or
 * "<subject> told <audience> <when>, " before a quotation.
 */
const LEADING_ATTRIBUTION_RE = new RegExp(
  `^((?:[^"“”,\\s]+(?:\\s+[^"“”,\\s]+){0,3},\\s+)?[^"“”,]{0,${CLAUSE_DEFAULTS.maxAttribution}}?)\\b(?:${alt(SPEECH_VERBS)})\\b(?:[^"“”,]{0,80}?\\bthat\\b,?|[^"“”,]{0,80}?,(?=\\s*["“])|,)?\\s+`,
);

/**
 * Attribution after the reported words, set off by a comma: "…, city engineers said on Tuesday, after
 * …" or "…, the department said in a statement." or "…, said Fidan."
 */
const INNER_ATTRIBUTION_RE = new RegExp(
  `,\\s+(?:([^,"“”]{1,60}?)\\s+(?:${alt(SPEECH_VERBS)})|(?:said|says|added|adds)\\s+([^,"“”]{1,60}?))\\b[^,"“”]{0,60}?(?=,\\s|[.!?]$)`,
  'g',
);

/** Pronouns that stand for the speaker in an attribution ("He added that …"). */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

const lowerWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether an attribution's subject names the speaker: one of their words, or a pronoun. */
function mentionsSpeaker(subject: string, speakerWords: readonly string[] | undefined): boolean {
  if (!speakerWords) return true;
  const words = lowerWords(subject);
  const wanted = new Set(
    speakerWords.flatMap(lowerWords).filter((w) => w.length > 2 || SPEAKER_PRONOUNS.has(w)),
  );
  return words.some((w) => wanted.has(w) || SPEAKER_PRONOUNS.has(w));
}
/** Trailing attribution after a quotation: `…," the sources added.` / `…," said Fidan.` */
const TRAILING_ATTRIBUTION_RE = new RegExp(
  `([,.?!…])(["”])\\s+[^"“”]{0,80}?\\b(?:${alt(TRAILING_ATTRIBUTION_VERBS)})\\b[^"“”]{0,60}[.!?]?$`,
);

const overlaps = (start: number, end: number, keep: readonly Span[]): boolean =>
  keep.some(([s, e]) => s < end && e > start);

/** A sentence being trimmed: its text and, for each character, its offset in the original. */
interface Trimmed {
  readonly text: string;
  readonly offsets: readonly number[];
}

const fromText = (text: string): Trimmed => ({ text, offsets: [...text].map((_, i) => i) });

/** Removes `[start, end)` of the trimmed text. */
const cut = (t: Trimmed, start: number, end: number): Trimmed => ({
  text: t.text.slice(0, start) + t.text.slice(end),
  offsets: [...t.offsets.slice(0, start), ...t.offsets.slice(end)],
});

/** The original range covered by `[start, end)` of the trimmed text. */
const originalRange = (t: Trimmed, start: number, end: number): [number, number] => [
  t.offsets[start] ?? 0,
  (t.offsets[Math.max(start, end - 1)] ?? 0) + 1,
];

/** Options of {@link tightenSentence}. */
export interface TightenOptions {
  /** Ranges of the original sentence that must not be dropped (topic terms, a time phrase). */
  readonly keep?: readonly Span[];
  /** Drop the attribution ("the official said that …") because the speaker is shown separately. */
  readonly dropAttribution?: boolean;
  /**
   * Words that name the speaker (name, aliases, description): an attribution is dropped only when its
   * subject uses one of them or a pronoun, so "some have signaled" is not taken for the speaker's.
   */
  readonly speakerWords?: readonly string[];
  /** Longest result; longer snippets are cut at a clause boundary, or a word, with "…". */
  readonly maxLength?: number;
}

/** What {@link tightenSentence} made of a sentence. */
export interface Tightened {
  readonly text: string;
  /** Whether an attribution was removed (the snippet is then the speaker's words). */
  readonly attributionDropped: boolean;
}

/**
 * Tightens a sentence into a snippet: drops a leading connective, a lead-in clause, mid-sentence
 * relative clauses and long parentheses unless they hold a `keep` range; optionally drops the
 * attribution; capitalises the first letter; fits `maxLength`.
 */
export function tightenSentence(sentence: string, options: TightenOptions = {}): Tightened {
  const keep = options.keep ?? [];
  let t = fromText(sentence.trim());
  let attributionDropped = false;

  const dropPrefix = (re: RegExp, lenientLeadIn = false): boolean => {
    const m = re.exec(t.text);
    if (!m || m[0].length >= t.text.length - 10) return false;
    const [s, e] = originalRange(t, 0, m[0].length);
    // a kept range may go with its lead-in only when another kept range stays in the rest
    const [rs, re_] = originalRange(t, m[0].length, t.text.length);
    if (overlaps(s, e, keep) && !(lenientLeadIn && overlaps(rs, re_, keep))) return false;
    t = cut(t, 0, m[0].length);
    return true;
  };

  dropPrefix(DATELINE_RE);
  dropPrefix(CONNECTIVE_RE);
  if (!dropPrefix(LEAD_IN_RE, true)) dropPrefix(PARTICIPLE_LEAD_IN_RE, true);
  dropPrefix(CONNECTIVE_RE);

  if (options.dropAttribution) {
    const trailing = TRAILING_ATTRIBUTION_RE.exec(t.text);
    if (trailing && /^["“]/.test(t.text)) {
      // "…," the sources added. → the quotation itself: "…." (a comma becomes a full stop)
      const mark = trailing[1] === ',' ? '.' : (trailing[1] ?? '.');
      const close = trailing[2] ?? '"';
      const last = t.offsets[t.offsets.length - 1] ?? 0;
      t = cut(t, trailing.index, t.text.length);
      t = { text: t.text + mark + close, offsets: [...t.offsets, last, last] };
      attributionDropped = true;
    } else {
      const leading = LEADING_ATTRIBUTION_RE.exec(t.text);
      const subject = leading?.[1] ?? '';
      if (
        leading &&
        leading[0].length < t.text.length - 10 &&
        subject.trim().split(/\s+/).length <= CLAUSE_DEFAULTS.maxSubjectWords &&
        mentionsSpeaker(subject, options.speakerWords)
      ) {
        t = cut(t, 0, leading[0].length);
        attributionDropped = true;
        dropPrefix(CONNECTIVE_RE);
      } else if (!/["“”]/.test(t.text)) {
        // "…, city engineers said on Tuesday, after …": the attribution set off inside the sentence
        for (const m of [...t.text.matchAll(INNER_ATTRIBUTION_RE)].reverse()) {
          const who = m[1] ?? m[2] ?? '';
          if (
            who.split(/\s+/).length > CLAUSE_DEFAULTS.maxSubjectWords ||
            !mentionsSpeaker(who, options.speakerWords)
          )
            continue;
          t = cut(t, m.index, m.index + m[0].length);
          attributionDropped = true;
          break;
        }
      }
    }
  }

  for (const re of [RELATIVE_RE, PARENTHESIS_RE]) {
    const matches = [...t.text.matchAll(re)].reverse();
    for (const m of matches) {
      const start = m.index;
      const end = start + m[0].length;
      if (re === PARENTHESIS_RE && m[0].trim().length <= CLAUSE_DEFAULTS.maxParenthesis) continue;
      const [s, e] = originalRange(t, start, end);
      if (overlaps(s, e, keep)) continue;
      t =
        re === RELATIVE_RE
          ? {
              text: t.text.slice(0, start) + ' ' + t.text.slice(end),
              offsets: [...t.offsets.slice(0, start), t.offsets[start] ?? 0, ...t.offsets.slice(end)],
            }
          : cut(t, start, end);
    }
  }

  let text = balanceQuotes(t.text.replace(/\s+/g, ' ').trim());
  text = capitalise(text);
  return { text: fitLength(text, options.maxLength ?? CLAUSE_DEFAULTS.maxSnippet), attributionDropped };
}

/** Lead-in openers that are prepositions: dropped when the lead-in itself becomes the snippet. */
const PREPOSITION_OPENERS = new Set(['Amid', 'Despite', 'Following', 'Given', 'Against', 'With', 'Without']);

/**
 * When `span` lies in the sentence's scene-setting lead-in ("Amid reports that the United States
 * plans … before the end of the year, a U.S. official told …"), that lead-in is what the span is
 * about: returns it as a snippet ("Reports that the United States plans … before the end of the
 * year"); otherwise undefined.
 */
export function leadInContaining(sentence: string, span: Span): string | undefined {
  const connective = CONNECTIVE_RE.exec(sentence);
  const offset = connective ? connective[0].length : 0;
  const rest = sentence.slice(offset);
  const m = LEAD_IN_RE.exec(rest) ?? PARTICIPLE_LEAD_IN_RE.exec(rest);
  if (!m) return undefined;
  const end = offset + m[0].replace(/,\s+$/, '').length;
  if (span[0] < offset || span[1] > end) return undefined;
  let text = sentence.slice(offset, end);
  const first = text.split(/\s+/)[0] ?? '';
  if (PREPOSITION_OPENERS.has(first)) text = text.slice(first.length).trim();
  return capitalise(text);
}

const OPENING_QUOTES = new Set(['"', '“', '‘']);
const CLOSING_QUOTES = new Set(['"', '”', '’']);
const DOUBLE_QUOTES = ['"', '“', '”'];

/** Removes a quotation mark left without its partner at either end (`Ask me again in July."`). */
export function balanceQuotes(text: string): string {
  const count = [...text].filter((ch) => DOUBLE_QUOTES.includes(ch)).length;
  if (count % 2 === 0) return text;
  if (OPENING_QUOTES.has(text[0] ?? '')) return text.slice(1);
  if (CLOSING_QUOTES.has(text[text.length - 1] ?? '')) return text.slice(0, -1);
  return text.replace(/["“”]/g, '');
}

/** Upper-cases the first letter (after any opening quotation mark). */
export function capitalise(text: string): string {
  const i = text.search(/[A-Za-z]/);
  if (i < 0 || i > 2) return text;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/** Cuts a text to `max` characters at the last clause boundary or word, ending with "…". */
export function fitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const clause = Math.max(
    head.lastIndexOf(', '),
    head.lastIndexOf('; '),
    head.lastIndexOf(' – '),
    head.lastIndexOf(' — '),
  );
  const cutAt = clause > max * 0.6 ? clause : head.lastIndexOf(' ');
  return `${head.slice(0, cutAt > 0 ? cutAt : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
