/**
 * Interviews printed as questions and answers: paragraphs that open with `Q:` / `A:` (or
 * `Question:` / `Answer:`), or with a speaker's name and a colon (`ADEYEMI: …`, `Adeyemi: …`). The
 * answers are the interviewee's own words; the questions are no statements.
 */

/** What a paragraph of an interview is. */
export type InterviewTurn =
  | { readonly role: 'question' }
  | { readonly role: 'answer'; readonly offset: number }
  | { readonly role: 'named'; readonly name: string; readonly offset: number };

/** Interview defaults. */
export const INTERVIEW_DEFAULTS = Object.freeze({
  /** Longest speaker label before the colon, in words (`ADEYEMI:`, `Grace Adeyemi:`). */
  maxLabelWords: 3,
});

const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question']);
const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer']);

/** The label before a colon or full stop opening a paragraph, and where the words after it start. */
function openingLabel(text: string): { label: string; offset: number; mark: string } | undefined {
  let i = 0;
  while (i < text.length && text[i] === ' ') i++;
  const start = i;
  while (i < text.length && i - start <= 40 && text[i] !== ':' && text[i] !== '.') i++;
  const mark = text[i];
  if (mark !== ':' && mark !== '.') return undefined;
  const label = text.slice(start, i).trim();
  let offset = i + 1;
  while (offset < text.length && text[offset] === ' ') offset++;
  if (!label || offset >= text.length) return undefined;
  return { label, offset, mark };
}

/** Whether a label is a name: one to three capitalised words. */
function isNameLabel(label: string): boolean {
  const words = label.split(' ');
  if (words.length > INTERVIEW_DEFAULTS.maxLabelWords) return false;
  return words.every((w) => {
    const first = w[0] ?? '';
    return (
      first !== first.toLowerCase() &&
      [...w].every((c) => c.toLowerCase() !== c.toUpperCase() || c === '-' || c === "'")
    );
  });
}

/**
 * The turn of each paragraph of an interview, or undefined for a paragraph outside it. A briefing
 * is an interview when it has at least one question and one answer (`Q:` and `A:`), or at least two
 * paragraphs each of two named speakers. An unlabelled paragraph between an answer and the next
 * labelled turn carries on that answer.
 */
export function interviewTurns(paragraphs: readonly string[]): (InterviewTurn | undefined)[] {
  const turns: (InterviewTurn | undefined)[] = paragraphs.map((text) => {
    const found = openingLabel(text);
    if (!found) return undefined;
    const lower = found.label.toLowerCase();
    if (QUESTION_LABELS.has(lower)) return { role: 'question' };
    if (ANSWER_LABELS.has(lower)) return { role: 'answer', offset: found.offset };
    if (found.mark === ':' && isNameLabel(found.label)) {
      return { role: 'named', name: found.label, offset: found.offset };
    }
    return undefined;
  });
  const questions = turns.filter((t) => t?.role === 'question').length;
  const answers = turns.filter((t) => t?.role === 'answer').length;
  const named = new Map<string, number>();
  for (const t of turns) if (t?.role === 'named') named.set(t.name, (named.get(t.name) ?? 0) + 1);
  const dialogue = [...named.values()].filter((n) => n >= 2).length >= 2;
  const qa = questions > 0 && answers > 0;
  if (!qa && !dialogue) return paragraphs.map(() => undefined);
  const kept = turns.map((t) =>
    t && (t.role === 'named' ? dialogue && (named.get(t.name) ?? 0) >= 2 : qa) ? t : undefined,
  );
  // an answer that runs over several paragraphs: the unlabelled ones before the next turn
  let open: InterviewTurn | undefined;
  return kept.map((t, i) => {
    if (t) {
      open = t.role === 'question' ? undefined : t;
      return t;
    }
    const laterTurn = kept.slice(i + 1).some((x) => x !== undefined);
    if (open && laterTurn)
      return open.role === 'named' ? { ...open, offset: 0 } : { role: 'answer', offset: 0 };
    open = undefined;
    return undefined;
  });
}
