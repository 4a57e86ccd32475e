/*
 * House rules for gold (how a careful editor writes the gold files of test/fixtures/articles):
 * - speaker: the fullest name the article uses ("Benjamin Netanyahu"); titles go to `description`;
 *   an office or campaign named by its holder takes the holder's full name without the title
 *   ("Benjamin Netanyahu's office"); a body followed by its kind noun is named by its name
 *   ("the Resolution Foundation think tank" → "Resolution Foundation").
 * - unnamed speakers: the description without article or count, lowercase unless a proper word
 *   ("administration officials", "State Department spokesperson"); people of a named body are named
 *   after it ("a spokesperson for X" → "X spokesperson", "analysts at X" → "X analysts"); a phrase of
 *   origin stays only for an unnamed one ("ministers from several African countries"); a later,
 *   shorter description ("the official", "health officials") is the fuller one named before.
 * - to: the audience or outlet as written, with a named place ("The Jerusalem Post", "reporters in
 *   Brussels", "a news conference in Cairo"), without a place named by its kind ("reporters", not
 *   "reporters in the capital") or what the speaker was doing ("during a visit to a factory");
 *   when: the time of the saying as written ("on Tuesday"), never a time inside the words.
 * - kind: `partial` as soon as quoted words stand inside reported speech; each coordinated verb of
 *   saying ("… and urged …") is a statement of its own.
 * - no statements: questions put to a speaker, conditions of anonymity, acts without words of their
 *   own ("denied the claim", "rejected the accusation"); list them in `not_statements`.
 * - a forecast without a verb of saying ("The company now expects …") is the reporter's narration;
 *   "one of the people said" is one member named by the group's noun ("person", "official"); "a
 *   spokesman for Osei" is "Osei spokesman" as written, but "the office of Prime Minister X" is
 *   "X's office"; "The airlines have argued" after "X and Y" is X and Y, each speaking.
 */

/**
 * Scores extracted statements against a hand-checked gold file (the format of
 * test/fixtures/seed-statements.json): a gold statement is found when a statement of its paragraph
 * contains its `match` (case-insensitive, quotation marks and whitespace normalised), names its
 * speaker, has its kind, and has its `to` and `when` where the gold gives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseBriefing } from '../../src/analysis/analyse';
import type { AnalysedBriefing, Statement } from '../../src/analysis/types';
import { parseBriefing } from '../../src/knowledge/parse';

export interface GoldStatement {
  readonly paragraph: number;
  readonly kind: string;
  readonly speaker: string;
  readonly match: string;
  readonly to?: string;
  readonly when?: string;
}

export interface Gold {
  readonly article: string;
  readonly speakers: readonly { name: string; description?: string; mentions?: readonly string[] }[];
  readonly statements: readonly GoldStatement[];
  readonly not_statements: readonly { paragraph: number; match: string }[];
}

export interface GoldScore {
  readonly found: number;
  readonly total: number;
  /** What went wrong for each gold statement that was not found. */
  readonly misses: readonly string[];
  /** Statements that are one of the gold's `not_statements`. */
  readonly falseStatements: readonly string[];
  /** Statements whose speaker is empty or a pronoun. */
  readonly badSpeakers: readonly string[];
}

const QUOTES = /["“”„«»‘’']/g;
/** Lowercase, no quotation marks, single spaces. */
export const normalise = (text: string): string =>
  text.replace(QUOTES, '').replace(/\s+/g, ' ').trim().toLowerCase();

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'i', 'you', 'who']);

const describe = (s: Statement): string =>
  `¶${s.paragraph} ${s.speaker} [${s.kind}]${s.to ? ` to ${s.to}` : ''}${s.when ? ` (${s.when})` : ''}: ${s.text}`;

function satisfies(s: Statement, g: GoldStatement): boolean {
  return (
    s.paragraph === g.paragraph &&
    normalise(s.text).includes(normalise(g.match)) &&
    s.speaker === g.speaker &&
    s.kind === g.kind &&
    (g.to === undefined || s.to === g.to) &&
    (g.when === undefined || s.when === g.when)
  );
}

/** Compares statements with a gold file. */
export function scoreStatements(statements: readonly Statement[], gold: Gold): GoldScore {
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.statements) {
    if (statements.some((s) => satisfies(s, g))) {
      found++;
      continue;
    }
    const near = statements.filter((s) => s.paragraph === g.paragraph).map(describe);
    misses.push(
      `¶${g.paragraph} ${g.speaker} [${g.kind}]${g.to ? ` to ${g.to}` : ''}${g.when ? ` (${g.when})` : ''} "${g.match}" — got: ${near.join(' | ') || 'nothing'}`,
    );
  }
  const falseStatements = gold.not_statements.flatMap((n) =>
    statements
      .filter((s) => s.paragraph === n.paragraph && normalise(s.text).includes(normalise(n.match)))
      .filter((s) => !gold.statements.some((g) => satisfies(s, g)))
      .map(describe),
  );
  const badSpeakers = statements
    .filter((s) => !s.speaker.trim() || PRONOUNS.has(s.speaker.toLowerCase()))
    .map(describe);
  return { found, total: gold.statements.length, misses, falseStatements, badSpeakers };
}

const FIXTURES = join(__dirname, '../fixtures');

/** Reads a gold file of test/fixtures. */
export const readGold = (name: string): Gold =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Gold;

/** Parses and analyses a briefing file of test/fixtures under the given file name. */
export function analyseFixture(path: string, fileName = path.split('/').pop() ?? path): AnalysedBriefing {
  return analyseBriefing(parseBriefing(fileName, readFileSync(join(FIXTURES, path), 'utf8')));
}

/** A one-line score for the test log. */
export const scoreLine = (label: string, score: GoldScore): string =>
  `${label}: ${score.found}/${score.total} gold statements right (${((100 * score.found) / Math.max(1, score.total)).toFixed(1)}%)` +
  `, ${score.falseStatements.length} false statements, ${score.badSpeakers.length} pronoun/empty speakers`;
