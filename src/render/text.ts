import type { Answer, AnswerResult, DiffPart, Highlight } from '../answer/types';

/** How terminal text is styled: ANSI colours on a TTY, plain text otherwise. */
export interface TextStyle {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly title: (s: string) => string;
  readonly added: (s: string) => string;
  readonly removed: (s: string) => string;
  /** Whether citations become clickable links to the cited words. */
  readonly links: boolean;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** Colours for a terminal. */
export const COLOUR_STYLE: TextStyle = Object.freeze({
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  title: (s: string) => ansi(1, 22)(ansi(36, 39)(s)),
  added: ansi(32, 39),
  removed: (s: string) => ansi(31, 39)(ansi(9, 29)(s)),
  links: true,
});

/** No colours: highlights as **bold**, differences as [-removed-] {+added+}. */
export const PLAIN_STYLE: TextStyle = Object.freeze({
  bold: (s: string) => `**${s}**`,
  dim: (s: string) => s,
  title: (s: string) => s,
  added: (s: string) => `{+${s}+}`,
  removed: (s: string) => `[-${s}-]`,
  links: false,
});

/** How verdicts read in a terminal. */
const VERDICT_WORDS: Readonly<Record<NonNullable<AnswerResult['verdict']>, string>> = Object.freeze({
  exact: 'exact words',
  close: 'close',
  'not-found': 'not in the briefings',
  misattributed: 'misattributed',
});

/** Applies highlight ranges to a snippet. */
export function highlight(
  text: string,
  highlights: readonly Highlight[] | undefined,
  mark: (s: string) => string,
): string {
  if (!highlights || highlights.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length || start >= end) continue;
    out += text.slice(at, start) + mark(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** A word-level difference as one line. */
export function diffLine(diff: readonly DiffPart[], style: TextStyle): string {
  return diff
    .map((part) =>
      part.op === 'same'
        ? part.text
        : part.op === 'added'
          ? style.added(part.text)
          : style.removed(part.text),
    )
    .join(' ');
}

/** `¶14 · Title` */
export const citationText = (result: AnswerResult): string =>
  `¶${result.paragraph} · ${result.citation.title}`;

/** The lead of a result: its label, else who said it, to whom and when. */
export function statementLead(result: AnswerResult): string | undefined {
  if (result.label)
    return result.speaker && !result.label.includes(result.speaker)
      ? `${result.label} · ${result.speaker}`
      : result.label;
  if (!result.speaker) return undefined;
  const parts = [result.speaker];
  if (result.description && result.description !== result.speaker) parts[0] += ` (${result.description})`;
  if (result.to) parts.push(`to ${result.to}`);
  if (result.when)
    parts.push(result.date && result.date !== result.when ? `${result.when} (${result.date})` : result.when);
  return parts.join(', ');
}

/** A terminal hyperlink (OSC 8): the text is clickable where the terminal supports it. */
const terminalLink = (text: string, url: string): string =>
  `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;

/** Renders an answer for a terminal, laid out like the Discord reply. */
export function renderText(answer: Answer, style: TextStyle = PLAIN_STYLE): string {
  const lines: string[] = [style.title(answer.title)];
  if (answer.intro) lines.push(answer.intro);
  answer.results.forEach((result, i) => {
    lines.push('');
    const lead = statementLead(result);
    const verdict = result.verdict ? `[${VERDICT_WORDS[result.verdict]}] ` : '';
    lines.push(
      `${i + 1}. ${verdict}${lead ? `${style.bold(lead)}: ` : ''}${highlight(result.text, result.highlights, style.bold)}`,
    );
    if (result.diff && result.diff.some((d) => d.op !== 'same'))
      lines.push(`   differences: ${diffLine(result.diff, style)}`);
    const citation = style.dim(citationText(result));
    lines.push(
      `   ${result.citation.url && style.links ? terminalLink(citation, result.citation.url) : citation}`,
    );
  });
  if (answer.items && answer.items.length > 0) {
    lines.push('');
    const width = Math.min(40, Math.max(...answer.items.map((item) => item.name.length)));
    for (const item of answer.items)
      lines.push(
        `  ${style.bold(item.name)}${' '.repeat(Math.max(0, width - item.name.length))}  ${item.value}`,
      );
  }
  if (answer.results.length === 0 && (!answer.items || answer.items.length === 0) && answer.empty) {
    lines.push('', answer.empty);
  }
  if (answer.suggestions && answer.suggestions.length > 0) {
    lines.push('', 'Did you mean:', ...answer.suggestions.map((s) => `  • ${s}`));
  }
  if (answer.footer) lines.push('', style.dim(answer.footer));
  return lines.join('\n');
}

/** Renders a user error with its suggestions. */
export function renderErrorText(message: string, suggestions: readonly string[] = []): string {
  return suggestions.length > 0 ? `${message}\nDid you mean: ${suggestions.join(', ')}?` : message;
}
