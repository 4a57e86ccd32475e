import type { Statement } from '../analysis/types';

/** One statement in the `quotes --json` shape of DESIGN.md (extra fields welcome). */
export function statementJson(s: Statement): Record<string, unknown> {
  const out: Record<string, unknown> = {
    article: s.article,
    paragraph: s.paragraph,
    speaker: s.speaker,
    kind: s.kind,
    text: s.text,
  };
  if (s.to) out.to = s.to;
  if (s.when) out.when = s.when;
  if (s.date) out.date = s.date;
  if (s.cue) out.cue = s.cue;
  return out;
}

/** Every statement, in article and paragraph order. */
export const statementsJson = (statements: readonly Statement[]): Record<string, unknown>[] =>
  statements.map(statementJson);
