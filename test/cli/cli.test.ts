import { tmpdir } from 'node:os';
import { briefingFile, tempKnowledge } from '../helpers/temp-knowledge';
import { spawnSync } from 'node:child_process';
import { CLI, runCli } from '../helpers/run-cli';

describe('briefing-bot ask', () => {
  it('answers /ask in the JSON shape of the contract, the first result citing ¶1', () => {
    const run = runCli(['ask', '--json', '/ask question: When will the ISF be deployed?']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.command).toBe('ask');
    expect(json.results[0]).toMatchObject({ article: 'gaza-stabilization-force', paragraph: 1 });
    expect(typeof json.results[0].text).toBe('string');
  });

  it('prints text with citations without --json', () => {
    const run = runCli(['ask', '/ask question: When will the ISF be deployed?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('¶1 · Gaza stabilization force');
  });

  it('treats a line without a slash as a question', () => {
    const run = runCli(['ask', '--json', 'Who should run the police force in Gaza?']);
    expect(JSON.parse(run.stdout).results[0].paragraph).toBe(16);
  });

  it('exits 2 with an error object for an unknown command', () => {
    const run = runCli(['ask', '--json', '/nonsense']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: 'Unknown command "/nonsense". Type /help to see the commands.',
    });
    expect(run.stderr).toContain('Unknown command "/nonsense"');
  });

  it('exits 2 for a missing required option', () => {
    const run = runCli(['ask', '/who-said']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/who-said needs the option "quote"');
  });

  it('exits 2 when the knowledge folder does not exist', () => {
    const run = runCli(['ask', '--knowledge', `${tmpdir()}/no-such-folder-here`, '/help']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read the knowledge folder');
  });

  it('exits 0 when nothing is found', () => {
    const run = runCli(['ask', '--json', '/ask question: zzzz qqqq xxxx']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results).toEqual([]);
  });
});

describe('briefing-bot check', () => {
  it('lists the briefings with paragraph counts and topics', () => {
    const run = runCli(['check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('gaza-stabilization-force.md');
    expect(run.stdout).toContain('21 paragraphs');
    expect(run.stdout).toContain('topics: /isf-status');
  });

  it('names a broken file and the problem, still loading the others, and exits 2', () => {
    const { dir, cleanup } = tempKnowledge({
      'broken.md': briefingFile('source: Nobody'),
      'fine.md': briefingFile('title: Fine'),
    });
    try {
      const run = runCli(['check', '--knowledge', dir]);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('✓ fine.md');
      expect(run.stdout).toContain(
        '✗ broken.md:2: the front matter has no "title": add a short descriptive title',
      );
    } finally {
      cleanup();
    }
  });
});

describe('briefing-bot console', () => {
  it('answers one command per line when stdin is not a TTY', () => {
    const run = runCli(['console'], { input: '/ask question: When will the ISF be deployed?\n/help\n' });
    expect(run.code).toBe(0);
    // the answers come in input order: the /ask answer, then the command list
    expect(run.stdout.indexOf('¶1 ·')).toBeGreaterThan(-1);
    expect(run.stdout.indexOf('¶1 ·')).toBeLessThan(run.stdout.indexOf('briefing-bot commands'));
    expect(run.stdout).toContain('/who-said quote:');
  });

  it('reports a bad line on stderr and goes on', () => {
    const run = runCli(['console'], { input: '/nope\n/ask question: huge failure\n' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Unknown command "/nope"');
    expect(run.stdout).toContain('¶14 ·');
  });

  it('is what start runs without DISCORD_TOKEN, and says so', () => {
    const run = runCli(['start'], { input: '/ask question: When will the ISF be deployed?\n' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('No DISCORD_TOKEN set: running the local console');
    expect(run.stdout).toContain('¶1 ·');
  });
});

describe('the briefing-bot bin', () => {
  it('is executable after a build, so npx briefing-bot runs it directly', () => {
    const run = spawnSync(CLI, ['--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('briefing-bot start');
  });
});

describe('briefing-bot --help', () => {
  it('lists the verbs and options', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const verb of [
      'start',
      'console',
      'ask',
      'quotes',
      'check',
      'deploy-commands',
      'bench',
      'serve-http',
      '--knowledge',
      '--json',
    ]) {
      expect(run.stdout).toContain(verb);
    }
  });

  it('rejects a bench size that is not a whole number with exit code 2', () => {
    const run = runCli(['bench', '--briefings', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--briefings takes a whole number of briefings (1 or more), not "lots".');
  });

  it('rejects an unknown flag with exit code 2', () => {
    expect(runCli(['ask', '--frobnicate']).code).toBe(2);
  });
});
