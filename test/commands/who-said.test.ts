import { autocomplete } from '../../src/commands/registry';
import { answerJson } from '../../src/render/json';
import { renderText } from '../../src/render/text';
import { runCli } from '../helpers/run-cli';
import { BRIEFING_FILES, botWith, threeBriefings } from './brief-fixtures';

interface WhoSaidJson {
  command: string;
  results: {
    article: string;
    paragraph: number;
    speaker?: string;
    kind?: string;
    to?: string;
    when?: string;
    date?: string;
    verdict?: string;
    diff?: { op: string; text: string }[];
    text: string;
  }[];
  suggestions?: string[];
  empty?: string;
}

const seedBot = botWith([BRIEFING_FILES.seed]);
const whoSaid = (quote: string, extra: Record<string, string> = {}): WhoSaidJson =>
  answerJson(seedBot.run('who-said', { quote, ...extra })) as unknown as WhoSaidJson;

describe('/who-said', () => {
  it('names Khaled Meshaal for "seperating them from their soul" (a typo), ¶18, to Al Jazeera, on Tuesday (2025-12-09)', () => {
    const [top] = whoSaid('seperating them from their soul').results;
    expect(top).toMatchObject({
      speaker: 'Khaled Meshaal',
      paragraph: 18,
      kind: 'direct',
      to: 'Al Jazeera',
      when: 'on Tuesday',
      date: '2025-12-09',
      verdict: 'close',
    });
    expect(top?.diff).toEqual([
      { op: 'removed', text: 'seperating' },
      { op: 'added', text: 'separating' },
      { op: 'same', text: 'them from their soul' },
    ]);
  });

  it('names Hakan Fidan for "Washington was pressing Israel": his exact words, reported, ¶10, to Reuters', () => {
    const [top] = whoSaid('Washington was pressing Israel').results;
    expect(top).toMatchObject({
      speaker: 'Hakan Fidan',
      kind: 'reported',
      paragraph: 10,
      to: 'Reuters',
      when: 'On Saturday',
      date: '2025-12-06',
      verdict: 'exact',
    });
    expect(top?.diff).toBeUndefined();
  });

  it('recognises a misquote of Meshaal and shows the real words beside it', () => {
    const answer = seedBot.run('who-said', {
      quote: 'Disarming Hamas is like separating them from their soul',
    });
    const [top] = answer.results;
    expect(top).toMatchObject({ speaker: 'Khaled Meshaal', paragraph: 18, verdict: 'close' });
    expect(top?.diff).toEqual([
      { op: 'same', text: 'Disarming' },
      { op: 'removed', text: 'Hamas' },
      { op: 'added', text: 'the Palestinian factions, for Palestinians' },
      { op: 'same', text: 'is like separating them from their soul' },
    ]);
    const text = renderText(answer);
    expect(text).toContain('[close]');
    expect(text).toContain(
      'Disarming [-Hamas-] {+the Palestinian factions, for Palestinians+} is like separating them from their soul',
    );
  });

  it.each([
    ['huge failure', 'Hakan Fidan', 14, 'partial'],
    ['red line', 'Benjamin Netanyahu', 6, 'partial'],
    ['main', 'Benjamin Netanyahu', 5, 'partial'],
    ['Our forces are ready', 'Turkish security sources', 11, 'direct'],
    ['Turkish troops cannot come', 'Turkish security sources', 12, 'direct'],
    ['freezing or storing', 'Bassem Naim', 21, 'partial'],
    ['will be sent to Gaza at the start of 2026', 'U.S. official', 1, 'reported'],
    ['no military escalation from Gaza toward Israel', 'Khaled Meshaal', 19, 'reported'],
  ])('finds the exact words "%s": %s, ¶%i, %s', (quote, speaker, paragraph, kind) => {
    const [top] = whoSaid(quote).results;
    expect(top).toMatchObject({ speaker, paragraph, kind, verdict: 'exact' });
  });

  it('answers "not in the briefings" for words nobody said, with nothing close to suggest', () => {
    const answer = whoSaid('bananas are a yellow fruit');
    expect(answer.results).toEqual([]);
    expect(answer.empty).toContain('Nobody in the briefings said');
    expect(answer.suggestions ?? []).toEqual([]);
  });

  it('suggests the closest statements when the words are too far from anything said', () => {
    const answer = whoSaid('the police force will be trained by Egypt next spring');
    expect(answer.results).toEqual([]);
    expect(answer.suggestions?.[0]).toMatch(/— Hakan Fidan, ¶1[56]$/);
  });

  it('searches only the briefing asked for', () => {
    const bot = threeBriefings();
    const all = bot.run('who-said', { quote: 'separating them from their soul' });
    expect(all.results[0]?.article).toBe('gaza-stabilization-force');
    const other = bot.run('who-said', {
      quote: 'separating them from their soul',
      briefing: 'harbor-bridge-closure',
    });
    expect(other.results).toEqual([]);
  });

  it('autocompletes the quote option with statements that match what was typed', () => {
    const choices = autocomplete(seedBot.registry, 'who-said', 'quote', 'huge fail', {}, seedBot.ctx);
    expect(choices[0]?.name).toContain('Hakan Fidan');
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
  });

  it('answers through the CLI in the JSON shape of DESIGN.md', () => {
    const run = runCli(['ask', '--json', '/who-said quote: seperating them from their soul']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as WhoSaidJson;
    expect(json.command).toBe('who-said');
    expect(json.results[0]).toMatchObject({
      article: 'gaza-stabilization-force',
      paragraph: 18,
      speaker: 'Khaled Meshaal',
      to: 'Al Jazeera',
      when: 'on Tuesday',
      date: '2025-12-09',
    });
  });
});
