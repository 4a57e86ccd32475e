import { commandsJSON } from '../../src/discord/command-json';
import { autocomplete } from '../../src/commands/registry';
import { isUserError } from '../../src/errors';
import { answerJson } from '../../src/render/json';
import { embedCharacters, renderDiscordPages } from '../../src/render/discord';
import { EMBEDS_TOTAL_CHARACTERS_MAX } from '../../src/render/limits';
import { runCli } from '../helpers/run-cli';
import { BRIEFING_FILES, botWith, threeBriefings } from './brief-fixtures';

describe('/isf-status', () => {
  it('ask --json "/isf-status" returns at most seven results that include ¶1, 2, 3, 5 and 6, in reading order', () => {
    const run = runCli(['ask', '--json', '/isf-status']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      command: string;
      results: { paragraph: number; article: string }[];
    };
    const paragraphs = json.results.map((r) => r.paragraph);
    console.log(`/isf-status from the CLI: ¶${paragraphs.join(', ¶')}`);
    expect(json.command).toBe('isf-status');
    expect(json.results.length).toBeLessThanOrEqual(7);
    expect(paragraphs.filter((p) => [1, 2, 3, 5, 6].includes(p))).toEqual([1, 2, 3, 5, 6]);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    for (const r of json.results) expect(r.article).toBe('gaza-stabilization-force');
  });

  it('answers the same in process, attributing "will not be deployed in areas controlled by Hamas" to the U.S. official', () => {
    const { run } = botWith([BRIEFING_FILES.seed]);
    const json = answerJson(run('isf-status')) as {
      results: { paragraph: number; speaker?: string; text: string }[];
    };
    expect(json.results.find((r) => r.paragraph === 2)).toMatchObject({
      speaker: 'U.S. official',
      text: 'The ISF "will not be deployed in areas controlled by Hamas in the Gaza Strip."',
    });
  });

  it('fits Discord’s limits on every page, and all seven bullets fit one embed', () => {
    const { run } = botWith([BRIEFING_FILES.seed]);
    for (const page of renderDiscordPages(run('isf-status'))) {
      expect(embedCharacters(page.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
    }
    const onePage = renderDiscordPages(run('isf-status'), { resultsPerPage: 7 });
    expect(onePage).toHaveLength(1);
    expect(embedCharacters(onePage[0]!.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
  });
});

describe('topic commands from front matter', () => {
  it('adding a briefing with its own topics adds its command to the registry, /help and the deploy payload, with no code change', () => {
    const before = botWith([BRIEFING_FILES.seed]);
    expect(before.registry.get('bridge-status')).toBeUndefined();

    const after = botWith([BRIEFING_FILES.seed, BRIEFING_FILES.bridge]);
    const spec = after.registry.get('bridge-status');
    expect(spec).toMatchObject({
      name: 'bridge-status',
      group: 'brief',
      description: 'Where it stands: Harbor Bridge repairs',
    });
    expect(spec!.options.map((o) => o.name)).toEqual(['briefing', 'hide']);

    const help = after.run('help');
    expect(help.items?.map((i) => i.name)).toContain('/bridge-status');
    expect(commandsJSON(after.registry.commands).map((c) => c.name)).toContain('bridge-status');

    const brief = after.run('bridge-status');
    expect(brief.title).toBe('Harbor Bridge repairs: where it stands');
    expect(brief.results.map((r) => r.article)).toEqual(brief.results.map(() => 'harbor-bridge-closure'));
    expect(brief.results.map((r) => r.paragraph)).toEqual([1, 2, 4, 6, 9]);
  });

  it('makes one command per topic name across all briefings', () => {
    const { registry } = threeBriefings();
    const topics = registry.commands.filter((c) => c.name.endsWith('-status')).map((c) => c.name);
    expect(topics.sort()).toEqual(['bridge-status', 'isf-status', 'water-status']);
  });
});

describe('/topic', () => {
  it('reaches every topic of every briefing, with the same brief as its own command', () => {
    const { run } = threeBriefings();
    for (const name of ['isf-status', 'bridge-status', 'water-status']) {
      const viaTopic = run('topic', { name });
      expect(viaTopic.command).toBe('topic');
      expect(viaTopic.results).toEqual(run(name).results);
    }
  });

  it('accepts a topic by its title or with a leading slash', () => {
    const { run } = threeBriefings();
    expect(run('topic', { name: 'Water restrictions' }).title).toBe('Water restrictions: where it stands');
    expect(run('topic', { name: '/isf-status' }).title).toBe(
      'International Stabilization Force: where it stands',
    );
  });

  it('says which topics exist when the name is unknown', () => {
    const { run } = threeBriefings();
    let error: unknown;
    try {
      run('topic', { name: 'isf-statsu' });
    } catch (e) {
      error = e;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('No topic is called "isf-statsu".');
    expect((error as { suggestions: string[] }).suggestions[0]).toBe('isf-status');
  });

  it('needs a name', () => {
    const { run } = threeBriefings();
    expect(() => run('topic')).toThrow('/topic needs the option "name"');
  });

  it('autocompletes over the topics of every briefing', () => {
    const { registry, ctx } = threeBriefings();
    const all = autocomplete(registry, 'topic', 'name', '', {}, ctx);
    expect(all.map((c) => c.value).sort()).toEqual(['bridge-status', 'isf-status', 'water-status']);
    expect(autocomplete(registry, 'topic', 'name', 'wat', {}, ctx)).toEqual([
      { name: 'Water restrictions (/water-status)', value: 'water-status' },
    ]);
    expect(autocomplete(registry, 'topic', 'name', 'stabilization', {}, ctx).map((c) => c.value)).toEqual([
      'isf-status',
    ]);
  });

  it('is scoped by briefing: a topic over another briefing finds what that briefing says of it', () => {
    const { run } = threeBriefings();
    const scoped = run('bridge-status', { briefing: 'gaza-stabilization-force' });
    expect(scoped.results).toEqual([]);
    expect(scoped.empty).toContain('Harbor Bridge repairs');
    const own = run('isf-status', {
      briefing: "Gaza stabilization force: U.S. timeline, Turkey's troops and Hamas disarmament",
    });
    expect(own.results.map((r) => r.paragraph)).toContain(1);
  });
});
