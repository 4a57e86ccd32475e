import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingSentences } from '../../src/analysis/analyse';
import { resolveDate } from '../../src/analysis/dates';
import { extractEvents } from '../../src/analysis/timeline';
import type { AnalysedBriefing, Speaker, Statement, StatementKind } from '../../src/analysis/types';
import { parseBriefing } from '../../src/knowledge/parse';

/** The seed briefing as the knowledge folder ships it. */
export const seedBriefing = () =>
  parseBriefing(
    'gaza-stabilization-force.md',
    readFileSync(join(__dirname, '../../knowledge/gaza-stabilization-force.md'), 'utf8'),
  );

interface GoldStatement {
  paragraph: number;
  kind: StatementKind;
  speaker: string;
  match: string;
  to?: string;
  when?: string;
}

const normalise = (s: string) =>
  s
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * The seed analysed with the hand-checked gold statements in place of the extractor's, so that the
 * brief builders are specified against known attributions whatever the extractor finds.
 */
export function seedWithGold(): AnalysedBriefing {
  const briefing = seedBriefing();
  const sentences = briefingSentences(briefing);
  const gold = JSON.parse(readFileSync(join(__dirname, '../fixtures/seed-statements.json'), 'utf8')) as {
    speakers: { name: string; description: string }[];
    statements: GoldStatement[];
  };
  const id = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
  const speakers: Speaker[] = gold.speakers.map((s) => ({
    id: id(s.name),
    name: s.name,
    aliases: [],
    description: s.description,
    kind: 'person',
  }));
  const statements: Statement[] = gold.statements
    .map((g) => {
      const inParagraph = sentences[g.paragraph - 1] ?? [];
      const sentence =
        inParagraph.find((s) => normalise(s.text).includes(normalise(g.match))) ?? inParagraph[0]!;
      const date = g.when ? resolveDate(g.when, briefing.published).date : undefined;
      return {
        article: briefing.slug,
        paragraph: g.paragraph,
        sentence: sentence.index,
        speaker: g.speaker,
        speakerId: id(g.speaker),
        kind: g.kind,
        text: g.match,
        ...(g.to ? { to: g.to } : {}),
        ...(g.when ? { when: g.when } : {}),
        ...(date ? { date } : {}),
      };
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
  const events = extractEvents(briefing, sentences, statements);
  return { briefing, sentences, speakers, statements, events };
}
