import { parseDocument, isMap, isSeq, isScalar, LineCounter } from 'yaml';
import type { Briefing, Paragraph, TopicDefinition } from './types';

/** A knowledge file that cannot be used: which file, which line, and what is wrong. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.reason = message;
  }
  /** The problem without the file and line prefix. */
  readonly reason: string;
}

/** Rules for briefing files, in one place. */
export const BRIEFING_RULES = Object.freeze({
  /** Slash-command names: lowercase letters, digits, `-` and `_`, 1 to 32 characters. */
  maxCommandLength: 32,
  maxTitleLength: 200,
  /** Slash commands that topic commands may not shadow. */
  reservedCommands: Object.freeze([
    'ask', 'who-said', 'quotes', 'speakers', 'topic', 'summary', 'timeline', 'check', 'help', 'reload',
  ]),
});

const FRONT_MATTER_FENCE = '---';

/** Lines a plain-text briefing ends with that are credits, not content. */
const CREDIT_STARTS = ['republished with permission', 'reprinted with permission', '©', '(c)', 'copyright', 'all rights reserved', 'reporting by', 'editing by', 'additional reporting'];

const isCreditLine = (line: string): boolean => {
  const lower = line.trim().toLowerCase();
  return CREDIT_STARTS.some((start) => lower.startsWith(start)) || lower.endsWith('all rights reserved.');
};

const isCommandName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= BRIEFING_RULES.maxCommandLength &&
  [...name].every((ch) => (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-' || ch === '_');

const isIsoDate = (value: string): boolean => {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** Folds every run of white space into one space (a lone space is left as it is: most are). */
const normaliseSpace = (text: string): string => text.replace(/[^\S ]\s*| \s+/g, ' ').trim();

/** Splits a Markdown body into paragraphs separated by blank lines, remembering each one's line. */
function markdownParagraphs(body: string, firstLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer: string[] = [];
  let startLine = 0;
  const flush = (): void => {
    const text = normaliseSpace(buffer.join(' '));
    if (text) paragraphs.push({ number: paragraphs.length + 1, text, line: startLine });
    buffer = [];
  };
  body.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') {
      flush();
      return;
    }
    if (buffer.length === 0) startLine = firstLine + i;
    buffer.push(raw);
  });
  flush();
  return paragraphs;
}

/** A title for a plain-text briefing: its first sentence, cut at a word boundary. */
function deriveTitle(firstParagraph: string): string {
  const sentenceEnd = firstParagraph.search(/[.!?](\s|$)/);
  const sentence = sentenceEnd > 0 ? firstParagraph.slice(0, sentenceEnd) : firstParagraph;
  if (sentence.length <= 80) return sentence;
  const cut = sentence.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

function parsePlainText(file: string, slug: string, content: string): Briefing {
  const lines = content.split('\n').map((line) => normaliseSpace(line));
  const numbered = lines.map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text !== '');
  const credits: string[] = [];
  while (numbered.length > 0 && isCreditLine(numbered[numbered.length - 1]!.text)) {
    credits.unshift(numbered.pop()!.text);
  }
  if (numbered.length === 0) throw new KnowledgeError(file, 'the file has no paragraphs (it is empty or holds only credits)');
  const paragraphs = numbered.map((l, i) => ({ number: i + 1, text: l.text, line: l.line }));
  return { slug, file, title: deriveTitle(paragraphs[0]!.text), credits, topics: [], paragraphs };
}

type Fields = Record<string, unknown>;

function stringField(file: string, fields: Fields, key: string, line: (key: string) => number | undefined): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new KnowledgeError(file, `"${key}" must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`, line(key));
  }
  return String(value).trim() || undefined;
}

function parseTopics(file: string, value: unknown, line: number | undefined): TopicDefinition[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new KnowledgeError(file, '"topics" must be a list of { command, title, terms }', line);
  const seen = new Set<string>();
  return value.map((entry: unknown, i): TopicDefinition => {
    const where = `topic ${i + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new KnowledgeError(file, `${where} must be { command, title, terms }`, line);
    const { command, title, terms } = entry as Fields;
    if (typeof command !== 'string' || !isCommandName(command)) {
      throw new KnowledgeError(
        file,
        `${where}: "command" must be a slash-command name: 1 to ${BRIEFING_RULES.maxCommandLength} lowercase letters, digits, "-" or "_" (got ${JSON.stringify(command)})`,
        line,
      );
    }
    if (BRIEFING_RULES.reservedCommands.includes(command)) {
      throw new KnowledgeError(file, `${where}: "/${command}" is a built-in command; choose another name such as "${command}-status"`, line);
    }
    if (seen.has(command)) throw new KnowledgeError(file, `${where}: duplicate topic command "${command}"`, line);
    seen.add(command);
    if (typeof title !== 'string' || !title.trim()) throw new KnowledgeError(file, `${where}: "title" is required`, line);
    const termList = terms === undefined ? [] : terms;
    if (!Array.isArray(termList) || !termList.every((t) => typeof t === 'string' || typeof t === 'number')) {
      throw new KnowledgeError(file, `${where}: "terms" must be a list of words or phrases`, line);
    }
    return Object.freeze({
      command,
      title: title.trim(),
      terms: Object.freeze([title.trim(), ...termList.map((t) => String(t).trim()).filter(Boolean)]),
    });
  });
}

function parseMarkdown(file: string, slug: string, content: string): Briefing {
  const lines = content.split('\n');
  if (lines[0]?.trim() !== FRONT_MATTER_FENCE) {
    throw new KnowledgeError(file, 'a .md briefing must start with front matter between "---" lines (at least a title)', 1);
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === FRONT_MATTER_FENCE);
  if (close < 0) throw new KnowledgeError(file, 'the front matter is not closed: add a line "---" after it', 1);
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const at = counter.linePos(error.pos[0]).line + 1;
    throw new KnowledgeError(file, `front matter is not valid YAML: ${error.message.split('\n')[0]}`, at);
  }
  if (!isMap(doc.contents)) throw new KnowledgeError(file, 'the front matter must be "key: value" lines', 2);
  const keyLine = (key: string): number | undefined => {
    const pair = (doc.contents as { items: { key: unknown }[] }).items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? counter.linePos(range[0]).line + 1 : undefined;
  };
  const fields = doc.toJS() as Fields;
  const title = stringField(file, fields, 'title', keyLine);
  if (!title) throw new KnowledgeError(file, 'the front matter has no "title": add a short descriptive title', 2);
  if (title.length > BRIEFING_RULES.maxTitleLength) {
    throw new KnowledgeError(file, `the title is ${title.length} characters; keep it under ${BRIEFING_RULES.maxTitleLength}`, keyLine('title'));
  }
  const published = stringField(file, fields, 'published', keyLine);
  if (published !== undefined && !isIsoDate(published)) {
    throw new KnowledgeError(file, `"published" must be an ISO date such as 2025-12-10 (got "${published}")`, keyLine('published'));
  }
  const url = stringField(file, fields, 'url', keyLine);
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    throw new KnowledgeError(file, `"url" must be an http(s) address (got "${url}")`, keyLine('url'));
  }
  const creditsValue = fields.credits ?? [];
  const creditList = typeof creditsValue === 'string' ? [creditsValue] : creditsValue;
  if (!Array.isArray(creditList)) throw new KnowledgeError(file, '"credits" must be a list of lines', keyLine('credits'));
  const topicsNode = doc.get('topics', true);
  if (topicsNode !== undefined && !isSeq(topicsNode) && fields.topics !== null) {
    throw new KnowledgeError(file, '"topics" must be a list of { command, title, terms }', keyLine('topics'));
  }
  const topics = parseTopics(file, fields.topics, keyLine('topics'));
  const paragraphs = markdownParagraphs(lines.slice(close + 1).join('\n'), close + 2);
  if (paragraphs.length === 0) throw new KnowledgeError(file, 'the body is empty: add paragraphs after the front matter', close + 1);
  return {
    slug,
    file,
    title,
    source: stringField(file, fields, 'source', keyLine),
    url,
    published,
    credits: creditList.map(String),
    topics,
    paragraphs,
  };
}

/** Supported file extensions and how to read them. */
export const BRIEFING_EXTENSIONS = Object.freeze(['.md', '.txt']);

/**
 * Parses one briefing file. The slug is the file name without extension.
 * @throws KnowledgeError naming the file, the line and the problem.
 */
export function parseBriefing(file: string, content: string): Briefing {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  const slug = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : '';
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new KnowledgeError(file, 'the file is empty');
  const briefing = ext === '.txt' ? parsePlainText(file, slug, text) : parseMarkdown(file, slug, text);
  return Object.freeze(briefing);
}
