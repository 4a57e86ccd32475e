/**
 * The analysis persisted next to the knowledge: `<knowledge>/.index/analysis.json` holds, for each
 * briefing, the content hash of the briefing it was made from and what the analysis found in it
 * (sentence offsets, speakers, statements, events). Texts that are words of their paragraph are
 * kept as offsets, so the file is small and the restored strings share the paragraph's memory.
 * A briefing whose hash no longer matches is analysed again; a damaged file is ignored.
 */
import { createHash } from 'node:crypto';
import type { AnalysedBriefing, Sentence, Speaker, Statement, TimelineEvent } from '../analysis/types';
import type { Briefing } from '../knowledge/types';

/** The analysis file, in one frozen object. */
export const ANALYSIS_FILE_DEFAULTS = Object.freeze({
  file: 'analysis.json',
  /** Bumped when the layout of a record changes. */
  format: 1,
});

/** A text of a paragraph as `[start, end)` offsets, or the text itself when it is not one. */
type TextRef = string | readonly [number, number];

/** One briefing's analysis as stored. */
export interface AnalysisRecord {
  /** {@link briefingHash} of the briefing it was made from. */
  readonly hash: string;
  /** Sentence offsets per paragraph: `[start, end, start, end, …]`. */
  readonly sentences: readonly (readonly number[])[];
  readonly speakers: readonly Speaker[];
  /** Statements with `article` left out (it is the briefing's slug) and `text` as a reference. */
  readonly statements: readonly (Omit<Statement, 'article' | 'text'> & { article: 0; text: TextRef })[];
  readonly events: readonly (Omit<TimelineEvent, 'text'> & { text: TextRef })[];
}

/** The whole file: the records by slug, valid for one version of the code. */
export interface AnalysisFile {
  readonly format: number;
  /** {@link codeFingerprint} of the code that wrote it. */
  readonly code: string;
  readonly briefings: Readonly<Record<string, AnalysisRecord>>;
}

const hashes = new WeakMap<Briefing, string>();

/**
 * A content hash of everything a briefing holds (front matter, paragraphs, file and lines): the
 * same hash means the analysis of one is the analysis of the other. Every piece is written with its
 * length before it, so no two briefings give the same input. Computed once per object.
 */
export function briefingHash(briefing: Briefing): string {
  let hash = hashes.get(briefing);
  if (hash === undefined) {
    const { paragraphs, ...front } = briefing;
    const h = createHash('sha1');
    const head = JSON.stringify(front);
    h.update(`${head.length}:`, 'utf16le').update(head, 'utf16le');
    for (const p of paragraphs)
      h.update(`|${p.number}:${p.line}:${p.text.length}:`, 'utf16le').update(p.text, 'utf16le');
    hash = h.digest('base64url');
    hashes.set(briefing, hash);
  }
  return hash;
}

/** `text` as offsets into the paragraph when it is found there, else the text itself. */
function refOf(text: string, paragraph: string | undefined, near = 0): TextRef {
  if (paragraph === undefined) return text;
  let at = paragraph.indexOf(text, near);
  if (at < 0 && near > 0) at = paragraph.indexOf(text);
  return at < 0 ? text : [at, at + text.length];
}

/** The text a reference stands for. @throws Error when the offsets do not fit the paragraph. */
function textOf(ref: TextRef, paragraph: string | undefined): string {
  if (typeof ref === 'string') return ref;
  const [start, end] = ref;
  if (paragraph === undefined || !(start >= 0 && start <= end && end <= paragraph.length)) {
    throw new Error('a text offset lies outside its paragraph');
  }
  return paragraph.slice(start, end);
}

/** The stored form of one briefing's analysis. */
export function encodeAnalysis(analysed: AnalysedBriefing): AnalysisRecord {
  const paragraphs = analysed.briefing.paragraphs;
  const paragraphText = (n: number): string | undefined => paragraphs[n - 1]?.text;
  const sentenceStart = (n: number, index: number): number => analysed.sentences[n - 1]?.[index]?.start ?? 0;
  return {
    hash: briefingHash(analysed.briefing),
    sentences: analysed.sentences.map((list) => list.flatMap((s) => [s.start, s.end])),
    speakers: analysed.speakers,
    statements: analysed.statements.map((s) => ({
      ...s,
      article: 0,
      text: refOf(s.text, paragraphText(s.paragraph), sentenceStart(s.paragraph, s.sentence)),
    })),
    events: analysed.events.map((e) => ({
      ...e,
      text: refOf(e.text, paragraphText(e.paragraph), sentenceStart(e.paragraph, e.sentence)),
    })),
  };
}

/**
 * The analysis of `briefing` from its stored form (made from a briefing with the same hash).
 * @throws Error when the record does not fit the briefing (a damaged file).
 */
export function decodeAnalysis(briefing: Briefing, record: AnalysisRecord): AnalysedBriefing {
  const paragraphs = briefing.paragraphs;
  if (!Array.isArray(record.sentences) || record.sentences.length !== paragraphs.length) {
    throw new Error('the sentences do not fit the paragraphs');
  }
  const sentences: Sentence[][] = record.sentences.map((offsets, i) => {
    const paragraph = paragraphs[i]!;
    const list: Sentence[] = [];
    for (let k = 0; k + 1 < offsets.length; k += 2) {
      const start = offsets[k]!;
      const end = offsets[k + 1]!;
      list.push({
        paragraph: paragraph.number,
        index: k / 2,
        start,
        end,
        text: textOf([start, end], paragraph.text),
      });
    }
    return list;
  });
  const slug = briefing.slug;
  const statements = record.statements.map((s) => {
    const restored = { ...s } as unknown as { article: string; text: string };
    restored.article = slug;
    restored.text = textOf(s.text, paragraphs[s.paragraph - 1]?.text);
    return restored as unknown as Statement;
  });
  const events = record.events.map((e) => {
    const restored = { ...e } as unknown as { text: string };
    restored.text = textOf(e.text, paragraphs[e.paragraph - 1]?.text);
    return restored as unknown as TimelineEvent;
  });
  return Object.freeze({ briefing, sentences, speakers: record.speakers, statements, events });
}
