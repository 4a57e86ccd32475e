#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { answerJson, errorJson } from './render/json';
import { renderErrorText, renderText, COLOUR_STYLE, PLAIN_STYLE } from './render/text';
import { loadConfig, loadDotenvFile, ConfigError, type Config } from './config';
import { createLogger } from './logger';
import { isUserError, UserError } from './errors';
import { loadKnowledgeDir, problemText, type Knowledge } from './app';
import { parseCommandLine } from './commands/parse-line';
import { runCommand } from './commands/registry';
import { statementsJson } from './render/statements';
import { runConsole } from './console/console';
import { KnowledgeStore } from './knowledge/store';

/** Exit codes of DESIGN.md. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, badInput: 2 });

const USAGE = `briefing-bot — answers questions about news briefings, with citations

Usage:
  briefing-bot start              Discord bot when DISCORD_TOKEN is set, else the local console
                                   --shards auto|N: one process per shard (discord.js ShardingManager)
  briefing-bot console            interactive console (one command per line when stdin is not a TTY)
  briefing-bot ask "<command>"    one answer, e.g. ask "/who-said quote: huge failure"
  briefing-bot quotes             every extracted statement
  briefing-bot check              validates the knowledge folder and prints what it found
  briefing-bot deploy-commands    registers the slash commands (guild when DISCORD_GUILD_ID is set)
  briefing-bot bench              the benchmark (--briefings N, default 5000)
  briefing-bot serve-http         the HTTP interactions endpoint (--port P, default 8080; --host H)

Options:
  --knowledge DIR   the knowledge folder (default ./knowledge, or KNOWLEDGE_DIR)
  --json            machine-readable output on stdout
  --help            this text
`;

interface Cli {
  readonly verb: string;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly knowledge?: string;
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

function parseCli(argv: readonly string[]): Cli {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      knowledge: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      briefings: { type: 'string' },
      shards: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
    },
  });
  if (values.help) return { verb: 'help', positionals: [], json: false, values };
  const [verb = 'start', ...rest] = positionals;
  return { verb, positionals: rest, json: values.json === true, knowledge: values.knowledge, values };
}

/** Writes to stdout and waits until it is flushed (pipes are asynchronous). */
const out = (text: string): Promise<void> =>
  new Promise((resolve) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`, () => resolve()));

function reportProblems(knowledge: Knowledge): void {
  for (const problem of knowledge.problems)
    process.stderr.write(`warning: skipped ${problemText(problem)}\n`);
}

async function ask(cli: Cli, config: Config): Promise<number> {
  const line = cli.positionals.join(' ').trim();
  if (!line)
    throw new UserError(
      'ask needs a command, e.g. briefing-bot ask "/ask question: When will the ISF be deployed?"',
    );
  const knowledge = loadKnowledgeDir(config.knowledgeDir);
  reportProblems(knowledge);
  const { name, args } = parseCommandLine(line.startsWith('/') ? line : `/ask ${line}`, knowledge.registry);
  const answer = runCommand(knowledge.registry, name, args, knowledge.context);
  await out(
    cli.json
      ? JSON.stringify(answerJson(answer), null, 2)
      : renderText(answer, process.stdout.isTTY ? COLOUR_STYLE : PLAIN_STYLE),
  );
  return EXIT.ok;
}

async function quotes(cli: Cli, config: Config): Promise<number> {
  const knowledge = loadKnowledgeDir(config.knowledgeDir);
  reportProblems(knowledge);
  const statements = knowledge.index.briefings.flatMap((a) => a.statements);
  if (cli.json) {
    await out(JSON.stringify(statementsJson(statements), null, 2));
  } else {
    const lines = statements.map(
      (s) =>
        `${s.article} ¶${s.paragraph} [${s.kind}] ${s.speaker}${s.to ? ` → ${s.to}` : ''}${s.when ? ` (${s.when}${s.date ? `, ${s.date}` : ''})` : ''}: ${s.text}`,
    );
    await out(lines.join('\n') || 'No statements found.');
  }
  return EXIT.ok;
}

async function check(cli: Cli, config: Config): Promise<number> {
  const knowledge = loadKnowledgeDir(config.knowledgeDir);
  const briefings = knowledge.index.briefings.map((a) => ({
    slug: a.briefing.slug,
    file: a.briefing.file,
    title: a.briefing.title,
    published: a.briefing.published,
    paragraphs: a.briefing.paragraphs.length,
    sentences: a.sentences.reduce((n, s) => n + s.length, 0),
    statements: a.statements.length,
    speakers: a.speakers.length,
    topics: a.briefing.topics.map((t) => t.command),
  }));
  if (cli.json) {
    await out(JSON.stringify({ knowledge: knowledge.dir, briefings, problems: knowledge.problems }, null, 2));
  } else {
    const lines = [`Knowledge folder: ${knowledge.dir}`, `${briefings.length} briefing(s) loaded:`];
    for (const b of briefings) {
      lines.push(`  ✓ ${b.file}  "${b.title}"${b.published ? ` (${b.published})` : ''}`);
      lines.push(
        `      ${b.paragraphs} paragraphs, ${b.sentences} sentences, ${b.statements} statements, ${b.speakers} speakers${b.topics.length ? `, topics: ${b.topics.map((t) => `/${t}`).join(' ')}` : ''}`,
      );
    }
    if (knowledge.problems.length > 0) {
      lines.push(`${knowledge.problems.length} file(s) rejected:`);
      for (const p of knowledge.problems) lines.push(`  ✗ ${problemText(p)}`);
    }
    await out(lines.join('\n'));
  }
  return knowledge.problems.length > 0 ? EXIT.badInput : EXIT.ok;
}

async function consoleVerb(config: Config, fromStart: boolean): Promise<number> {
  const store = new KnowledgeStore(config.knowledgeDir);
  reportProblems(store.knowledge);
  return runConsole(() => store.knowledge, {
    input: process.stdin,
    output: process.stdout,
    errors: process.stderr,
    notice: fromStart,
  });
}

async function start(cli: Cli, config: Config): Promise<number> {
  if (!config.discordToken) return consoleVerb(config, true);
  const { startFromCli } = await import('./discord/start');
  return startFromCli(config, cli.values);
}

/** `--briefings N` of the bench: a whole number of at least 1. */
function briefingCount(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new UserError(`--briefings takes a whole number of briefings (1 or more), not "${String(value)}".`);
  }
  return count;
}

async function main(argv: readonly string[]): Promise<number> {
  let cli: Cli | undefined;
  try {
    cli = parseCli(argv);
    if (cli.verb === 'help') {
      await out(USAGE);
      return EXIT.ok;
    }
    loadDotenvFile();
    const config = loadConfig(process.env, { knowledgeDir: cli.knowledge });
    switch (cli.verb) {
      case 'start':
        return await start(cli, config);
      case 'console':
        return await consoleVerb(config, false);
      case 'ask':
        return await ask(cli, config);
      case 'quotes':
        return await quotes(cli, config);
      case 'check':
        return await check(cli, config);
      case 'deploy-commands': {
        const { deployFromCli } = await import('./discord/start');
        return await deployFromCli(config, cli.json);
      }
      case 'bench': {
        const { runBench } = await import('./bench/run');
        await runBench({
          briefings: briefingCount(cli.values.briefings),
          json: cli.json,
          knowledgeDir: config.knowledgeDir,
        });
        return EXIT.ok;
      }
      case 'serve-http': {
        const { serveHttpFromCli } = await import('./http/start');
        return await serveHttpFromCli(config, cli.values);
      }
      default:
        throw new UserError(`Unknown command "${cli.verb}". Run briefing-bot --help to see the commands.`);
    }
  } catch (error) {
    const badInput =
      isUserError(error) ||
      error instanceof ConfigError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = (error as Error).message ?? String(error);
    const suggestions = isUserError(error) ? error.suggestions : [];
    if (cli?.json || argv.includes('--json')) await out(JSON.stringify(errorJson(message, suggestions)));
    if (badInput) {
      process.stderr.write(`${renderErrorText(message, suggestions)}\n`);
      return EXIT.badInput;
    }
    createLogger({ logLevel: 'error' }).error({ err: error }, 'unexpected failure');
    process.stderr.write(`Something went wrong: ${message}\n`);
    return EXIT.failure;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.failure;
    },
  );
}

export { main };
