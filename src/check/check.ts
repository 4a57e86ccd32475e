import type { Statement } from '../analysis/types';
import type { Answer, AnswerItem, AnswerResult } from '../answer/types';
import type { KnowledgeIndex } from '../search/knowledge-index';
import type { QuoteMatch } from '../search/quote-search';
import { findMessageQuotations, type MessageQuotation } from './quotations';

export const CHECK_DEFAULTS = Object.freeze({
  /** Closest statements offered when a quotation is not in the briefings. */
  suggestions: 3,
  /** Longest quotation echoed back in a "not found" line. */
  echoMax: 120,
});

const lower = (s: string): string => s.toLowerCase();

/** Whether a name given in a message refers to the statement's speaker (any alias, or a part of the name). */
function namesSpeaker(index: KnowledgeIndex, claimed: string, statement: Statement): boolean {
  const speaker = index.get(statement.article)?.speakers.find((s) => s.id === statement.speakerId);
  const names = [statement.speaker, ...(speaker?.aliases ?? [])].map(lower);
  const wanted = lower(claimed);
  if (
    names.some(
      (n) =>
        n === wanted ||
        n.split(' ').includes(wanted) ||
        wanted.split(' ').every((w) => n.split(' ').includes(w)),
    )
  )
    return true;
  const resolved = index.quotes.findSpeaker(claimed);
  return resolved !== undefined && lower(resolved.name) === lower(statement.speaker);
}

function statementResult(index: KnowledgeIndex, match: QuoteMatch, label?: string): AnswerResult {
  const s = match.statement;
  const description = index.get(s.article)?.speakers.find((sp) => sp.id === s.speakerId)?.description;
  return {
    text: s.text,
    article: s.article,
    paragraph: s.paragraph,
    citation: index.citation(s.article, s.paragraph, s.text),
    speaker: s.speaker,
    ...(description ? { description } : {}),
    kind: s.kind,
    ...(s.to ? { to: s.to } : {}),
    ...(s.when ? { when: s.when } : {}),
    ...(s.date ? { date: s.date } : {}),
    verdict: label ? 'misattributed' : match.verdict,
    ...(match.verdict === 'close' ? { diff: match.diff } : {}),
    ...(label ? { label } : {}),
  };
}

const echo = (text: string): string =>
  `“${text.length > CHECK_DEFAULTS.echoMax ? `${text.slice(0, CHECK_DEFAULTS.echoMax - 1)}…` : text}”`;

/** The statements closest to words that matched none: from the paragraphs that best answer them. */
function closestStatements(index: KnowledgeIndex, text: string, articles?: ReadonlySet<string>): string[] {
  const hits = index.paragraphs.search(text, { articles, limit: CHECK_DEFAULTS.suggestions * 2 });
  const out: string[] = [];
  for (const hit of hits) {
    const statement = index.get(hit.article)?.statements.find((s) => s.paragraph === hit.paragraph);
    const line = statement ? `${statement.speaker}: ${statement.text}` : hit.snippet;
    const short = line.length > 90 ? `${line.slice(0, 89)}…` : line;
    if (!out.includes(short)) out.push(`${short} (¶${hit.paragraph})`);
    if (out.length === CHECK_DEFAULTS.suggestions) break;
  }
  return out;
}

/**
 * Checks every quotation of a pasted message against the statements of the briefings: who said
 * it (exact or close words, differences marked), whether the message pins it on someone else, or
 * that it is not in the briefings, with the closest statements.
 */
export function checkMessage(index: KnowledgeIndex, message: string, articles?: ReadonlySet<string>): Answer {
  const quotations = findMessageQuotations(message);
  const results: AnswerResult[] = [];
  const items: AnswerItem[] = [];
  const suggestions: string[] = [];
  const verdicts: string[] = [];
  for (const quotation of quotations) {
    const [best] = index.quotes.find(quotation.text, { articles, limit: 1 });
    if (!best) {
      items.push({ name: echo(quotation.text), value: 'Not in the briefings.' });
      for (const s of closestStatements(index, quotation.text, articles))
        if (!suggestions.includes(s)) suggestions.push(s);
      verdicts.push('not in the briefings');
      continue;
    }
    const claimed = quotation.claimedSpeaker;
    if (claimed && !namesSpeaker(index, claimed, best.statement)) {
      const label = `Attributed to ${claimed} in the message, but the briefing gives it to ${best.statement.speaker} (¶${best.statement.paragraph})`;
      results.push(statementResult(index, best, label));
      verdicts.push(`misattributed (${best.statement.speaker})`);
    } else {
      results.push(statementResult(index, best));
      verdicts.push(`${best.verdict === 'exact' ? 'exact words' : 'close'} (${best.statement.speaker})`);
    }
  }
  return {
    command: 'check',
    title: quotations.length === 1 ? 'Quote check' : `Quote check: ${quotations.length} quotations`,
    intro: describeQuotations(quotations, verdicts),
    results,
    items,
    empty: 'The message has no text to check.',
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

function describeQuotations(
  quotations: readonly MessageQuotation[],
  verdicts: readonly string[],
): string | undefined {
  if (quotations.length === 0) return undefined;
  if (quotations.length === 1 && !quotations[0]!.quoted)
    return `The message has no quotation marks, so all of it was checked: ${verdicts[0]}.`;
  return quotations.map((q, i) => `${echo(q.text)}: ${verdicts[i]}`).join('\n');
}
