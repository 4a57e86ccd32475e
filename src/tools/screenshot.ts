/**
 * `npm run screenshot`: a picture of real answers for the README.
 *
 * Loads the knowledge folder, answers a few commands through the bot's own interaction router
 * (registry → Discord renderer → reply module, exactly the bodies the bot sends), lays the replies
 * out as Discord messages in HTML and screenshots them with headless Chromium into
 * `docs/answers.png`. Needs Chromium (Debian: `apt-get install chromium`, or set CHROMIUM_PATH);
 * not part of `npm test`.
 *
 * Options: --out FILE (PNG), --html FILE (also keep the HTML), --knowledge DIR, --width PX,
 * --scale N.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pino from 'pino';
import { loadKnowledgeDir, type Knowledge } from '../app';
import { parseCommandLine } from '../commands/parse-line';
import type { CommandArgs } from '../commands/types';
import { ArgsStore } from '../discord/custom-id';
import { routeInteraction } from '../discord/interactions';
import type { ReplyBody } from '../render/reply';
import { findChromium, measurePageHeight, screenshotPage } from './chromium';
import { chatPageHtml, DISCORD_HTML_DEFAULTS, type ChatExchange } from './discord-html';

/** A command to picture: who runs it, the line as typed, and the options Discord sends as non-text. */
export interface Scenario {
  readonly user: string;
  /** Console syntax: `/who-said quote: …`. */
  readonly line: string;
  readonly hide?: boolean;
  /** A user to point the answer at (the `mention` option). */
  readonly mention?: { readonly id: string; readonly name: string };
}

/** What the picture shows and how. */
export const SCREENSHOT_DEFAULTS = Object.freeze({
  out: 'docs/answers.png',
  knowledge: 'knowledge',
  width: DISCORD_HTML_DEFAULTS.width,
  /** Device pixels per CSS pixel: 1.2 keeps text crisp and the file under the limit. */
  scale: 1.2,
  /** Largest PNG worth committing. */
  maxBytes: 500 * 1024,
  /** The asker's user id in the fake interactions (the buttons' owner). */
  askerId: '400000000000000001',
  /** A fixed clock, so the buttons' state is the same on every run. */
  now: Date.UTC(2025, 11, 10, 12, 0, 0),
  scenarios: Object.freeze<Scenario[]>([
    { user: 'Dana', line: '/who-said quote: seperating them from their soul' },
    {
      user: 'Sam',
      line: '/ask question: When will the ISF be deployed?',
      mention: { id: '400000000000000002', name: 'Dana' },
    },
    { user: 'Dana', line: '/check text: Fidan: "Our forces are ready"', hide: true },
    { user: 'Lee', line: '/isf-status' },
  ]),
});

/** The body the bot replies with to one scenario, through the real interaction router. */
export async function replyFor(knowledge: Knowledge, scenario: Scenario, now: number): Promise<ReplyBody> {
  const parsed = parseCommandLine(scenario.line, knowledge.registry);
  const args: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(parsed.args as CommandArgs)) {
    if (typeof value === 'string' || typeof value === 'boolean') args[name] = value;
  }
  if (scenario.hide) args.hide = true;
  if (scenario.mention) args.mention = scenario.mention.id;
  const replies: ReplyBody[] = [];
  await routeInteraction(
    {
      id: '900000000000000001',
      kind: 'command',
      commandName: parsed.name,
      userId: SCREENSHOT_DEFAULTS.askerId,
      args,
      reply: async (body) => {
        replies.push(body);
      },
    },
    { knowledge: () => knowledge, logger: pino({ level: 'silent' }), store: new ArgsStore(), now: () => now },
  );
  const [body] = replies;
  if (!body) throw new Error(`The bot sent no reply to ${scenario.line}.`);
  return body;
}

/** The scenarios answered, as exchanges for the HTML page (with the invocation as typed). */
export async function exchangesFor(
  knowledge: Knowledge,
  scenarios: readonly Scenario[],
  now: number,
): Promise<ChatExchange[]> {
  const exchanges: ChatExchange[] = [];
  for (const scenario of scenarios) {
    const options = [
      scenario.hide ? 'hide: True' : '',
      scenario.mention ? `mention: @${scenario.mention.name}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    exchanges.push({
      user: scenario.user,
      invocation: options ? `${scenario.line} ${options}` : scenario.line,
      body: await replyFor(knowledge, scenario, now),
    });
  }
  return exchanges;
}

interface Options {
  out: string;
  html?: string;
  knowledge: string;
  width: number;
  scale: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    out: SCREENSHOT_DEFAULTS.out,
    knowledge: SCREENSHOT_DEFAULTS.knowledge,
    width: SCREENSHOT_DEFAULTS.width,
    scale: SCREENSHOT_DEFAULTS.scale,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined)
      throw new Error(
        `${flag} needs a value. Run with --out FILE, --html FILE, --knowledge DIR, --width PX or --scale N.`,
      );
    i++;
    if (flag === '--out') options.out = value;
    else if (flag === '--html') options.html = value;
    else if (flag === '--knowledge') options.knowledge = value;
    else if (flag === '--width' && Number(value) >= 320) options.width = Math.round(Number(value));
    else if (flag === '--scale' && Number(value) > 0 && Number(value) <= 4) options.scale = Number(value);
    else
      throw new Error(
        `Unknown option or bad value: ${flag} ${value}. Use --out FILE, --html FILE, --knowledge DIR, --width PX (≥ 320) or --scale N (0–4).`,
      );
  }
  return options;
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const chromium = findChromium();
  if (!chromium) {
    throw new Error(
      'Chromium was not found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  const knowledge = loadKnowledgeDir(options.knowledge);
  const now = SCREENSHOT_DEFAULTS.now;
  const exchanges = await exchangesFor(knowledge, SCREENSHOT_DEFAULTS.scenarios, now);
  const users = Object.fromEntries(
    SCREENSHOT_DEFAULTS.scenarios.flatMap((s) => (s.mention ? [[s.mention.id, s.mention.name]] : [])),
  );
  const page = { width: options.width, users, now: Math.floor(now / 1000) };
  const work = mkdtempSync(join(tmpdir(), 'briefing-bot-screenshot-'));
  try {
    const measureFile = join(work, 'measure.html');
    const pageFile = join(work, 'answers.html');
    writeFileSync(measureFile, chatPageHtml(exchanges, { ...page, measureHeight: true }));
    const html = chatPageHtml(exchanges, page);
    writeFileSync(pageFile, html);
    if (options.html) writeFileSync(options.html, html);
    const height = measurePageHeight(chromium, measureFile, options.width);
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    let scale = options.scale;
    screenshotPage(chromium, pageFile, out, { width: options.width, height, scale });
    let bytes = statSync(out).size;
    if (bytes > SCREENSHOT_DEFAULTS.maxBytes && scale > 1) {
      // Over the size worth committing: one more try at one device pixel per CSS pixel.
      scale = 1;
      screenshotPage(chromium, pageFile, out, { width: options.width, height, scale });
      bytes = statSync(out).size;
    }
    console.log(
      `Wrote ${options.out}: ${exchanges.length} answers, ${options.width}×${height} px at ${scale}×, ${Math.round(bytes / 1024)} KB.`,
    );
    if (bytes > SCREENSHOT_DEFAULTS.maxBytes) {
      console.warn(
        `The picture is over ${SCREENSHOT_DEFAULTS.maxBytes / 1024} KB: answer fewer commands or narrow it.`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  });
}
