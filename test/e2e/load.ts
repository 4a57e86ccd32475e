/**
 * A load run against the bot process: interactions are dispatched through the fake Discord's
 * gateway at a fixed rate (open loop: the next one goes out on time whether or not earlier ones
 * were answered), each from a different user, and every answer is checked against the answer the
 * same pipeline gives in this process. Latency is measured by the fake from dispatch to the
 * arrival of the callback request. The bot's resident memory is read from /proc every 100 ms and
 * compared between the first and the last block of answers (at least a thousand each).
 */
import { readFileSync } from 'node:fs';
import { loadKnowledgeDir } from '../../src/app';
import { runCommand } from '../../src/commands/registry';
import type { CommandArgs } from '../../src/commands/types';
import { renderDiscordPages } from '../../src/render/discord';
import seedQuestions from '../fixtures/seed-questions.json';
import type { BotProcess } from './bot-process';
import type { FakeDiscord, InteractionAnswer } from './fake-discord';

/** Settings of the load run. */
export const LOAD_DEFAULTS = Object.freeze({
  /**
   * Seconds of unmeasured traffic first: lazy modules loaded, hot paths compiled, and the heap
   * grown to the size the collector settles on at this rate (about ten seconds at 1,000/s).
   */
  warmupSeconds: 10,
  /** How often the bot's resident memory is read. */
  rssSampleMs: 100,
  /**
   * Answers in the first and in the last block the memory figures compare: at least 1,000, and
   * at least three seconds' worth, longer than one cycle of the garbage collector (whose sawtooth
   * moves resident memory by 10–20% within a second at 1,000 interactions per second); at most a
   * third of the run.
   */
  rssBlock: (rate: number, total: number) => Math.min(Math.max(1_000, rate * 3), Math.floor(total / 3)),
});

/** What a load run does. */
export interface LoadOptions {
  /** Interactions dispatched per second. */
  readonly rate: number;
  readonly seconds: number;
  /** The knowledge folder the bot runs on (to compute the expected answers). */
  readonly knowledgeDir: string;
  /** Answers counted together for the memory figures (default {@link LOAD_DEFAULTS.rssBlock}). */
  readonly block?: number;
  /**
   * Seconds of traffic at the same rate before the measured run, not counted: a bot that has
   * been running a while has loaded its lazy modules and compiled its hot paths.
   */
  readonly warmupSeconds?: number;
}

/** What a load run measured. */
export interface LoadFigures {
  readonly sent: number;
  readonly answered: number;
  readonly correct: number;
  /** Wall time from the first dispatch to the last answer. */
  readonly elapsedMs: number;
  /** Dispatches per second actually achieved. */
  readonly achievedRate: number;
  /** Dispatch → callback, in milliseconds. */
  readonly latency: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  /** The bot's resident memory while the first and while the last block of answers arrived (mean), in MB. */
  readonly rssFirstMb: number;
  readonly rssLastMb: number;
  /** (last − first) / first. */
  readonly rssGrowth: number;
  /**
   * The bot's live heap after each full garbage collection of the measured run, in MB (from
   * `--trace-gc` when the bot runs with it; empty otherwise): flat when nothing leaks, whatever
   * the collector's sawtooth does to resident memory.
   */
  readonly liveHeapMb: readonly number[];
  /** CPU time per interaction, in milliseconds: the bot process and this (the fake's) process. */
  readonly botCpuMs: number;
  readonly fakeCpuMs: number;
}

/** One kind of interaction of the mix, with the embed the bot must answer with. */
interface Work {
  readonly command: string;
  readonly args: Readonly<Record<string, string>>;
  readonly expected: string;
}

/** The mix: every seed question, the briefs, and statement look-ups, as readers send them. */
export function loadMix(knowledgeDir: string): Work[] {
  const knowledge = loadKnowledgeDir(knowledgeDir);
  const requests: { command: string; args: Record<string, string> }[] = [
    ...seedQuestions.questions.map((q) => ({ command: 'ask', args: { question: q.q } })),
    { command: 'who-said', args: { quote: 'huge failure' } },
    { command: 'who-said', args: { quote: 'like separating them from their soul' } },
    { command: 'quotes', args: { speaker: 'Khaled Meshaal' } },
    { command: 'speakers', args: {} },
    { command: 'isf-status', args: {} },
    { command: 'summary', args: {} },
    { command: 'timeline', args: {} },
    { command: 'topic', args: { name: 'isf-status' } },
  ];
  return requests.map(({ command, args }) => ({
    command,
    args,
    expected: JSON.stringify(
      renderDiscordPages(runCommand(knowledge.registry, command, args as CommandArgs, knowledge.context))[0]!
        .embed,
    ),
  }));
}

/** Resident memory of a process, in MB (Linux /proc). */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time a process used so far, in milliseconds (Linux /proc; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Calls `send(i)` for i = 0 … count−1 at `rate` per second, on time; resolves once all went out. */
function dispatchAtRate(
  count: number,
  rate: number,
  send: (i: number) => Promise<void>,
): Promise<Promise<void>[]> {
  const started = performance.now();
  const promises: Promise<void>[] = [];
  return new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(count, Math.floor(((performance.now() - started) / 1000) * rate));
      while (promises.length < due) promises.push(send(promises.length));
      if (promises.length < count) setTimeout(tick, 1);
      else resolve(promises);
    };
    tick();
  });
}

/** The heap left after each full collection (`Mark-Compact a (b) -> c (d) MB`: c) in `--trace-gc` output. */
export function liveHeapAfterFullGc(trace: string): number[] {
  const out: number[] = [];
  for (const line of trace.split('\n')) {
    const match = /Mark-Compact[^>]*-> ([\d.]+) \(/.exec(line);
    if (match) out.push(Number(match[1]));
  }
  return out;
}

/** Mean of the samples taken from `from` to `to`, or the first sample after `from` when none. */
function meanOver(samples: readonly { at: number; mb: number }[], from: number, to: number): number {
  const inside = samples.filter((s) => s.at >= from && s.at <= to);
  if (inside.length === 0) return samples.find((s) => s.at >= from)?.mb ?? NaN;
  return inside.reduce((sum, s) => sum + s.mb, 0) / inside.length;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Runs the load against a bot connected to `fake`. */
export async function runLoad(
  fake: FakeDiscord,
  bot: BotProcess,
  options: LoadOptions,
): Promise<LoadFigures> {
  const pid = bot.child.pid!;
  const block =
    options.block ?? LOAD_DEFAULTS.rssBlock(options.rate, Math.round(options.rate * options.seconds));
  const mix = loadMix(options.knowledgeDir);
  const warmup = Math.round(options.rate * (options.warmupSeconds ?? LOAD_DEFAULTS.warmupSeconds));
  await dispatchAtRate(warmup, options.rate, (i) => {
    const work = mix[i % mix.length]!;
    const user = { id: `7${String(i).padStart(18, '0')}`, username: `early${i}` };
    return fake.command(work.command, work.args, user).then(
      () => undefined,
      () => undefined,
    );
  }).then((promises) => Promise.all(promises));
  const total = Math.round(options.rate * options.seconds);
  const answers: (InteractionAnswer | undefined)[] = new Array(total);
  const promises: Promise<void>[] = [];
  let answered = 0;
  // Resident memory is sampled all along; a block's figure is the mean over the time its answers
  // arrived, so one sample at the top or the bottom of a garbage-collection cycle cannot decide.
  const rss: { at: number; mb: number }[] = [];
  const sampleRss = () => rss.push({ at: performance.now(), mb: residentMb(pid) });
  const sampler = setInterval(sampleRss, LOAD_DEFAULTS.rssSampleMs);
  let firstBlockEnd = Infinity;
  let lastBlockStart = Infinity;
  const botCpuStart = cpuMs(pid);
  const fakeCpuStart = process.cpuUsage();
  const started = performance.now();
  const gcTraceFrom = bot.stdout.length;
  promises.push(
    ...(await dispatchAtRate(total, options.rate, (i) => {
      const work = mix[i % mix.length]!;
      const user = { id: `8${String(i).padStart(18, '0')}`, username: `reader${i}` };
      return fake.command(work.command, work.args, user).then(
        (answer) => {
          answers[i] = answer;
          answered += 1;
          if (answered === block) firstBlockEnd = performance.now();
          if (answered === total - block + 1) lastBlockStart = performance.now();
        },
        () => undefined,
      );
    })),
  );
  const sent = total;
  const dispatchedMs = performance.now() - started;
  await Promise.all(promises);
  const elapsedMs = performance.now() - started;
  sampleRss();
  clearInterval(sampler);
  const rssFirstMb = meanOver(rss, started, firstBlockEnd);
  const rssLastMb = meanOver(rss, lastBlockStart, Infinity);
  const botCpu = cpuMs(pid) - botCpuStart;
  const fakeCpu = process.cpuUsage(fakeCpuStart);
  let correct = 0;
  const latencies: number[] = [];
  answers.forEach((answer, i) => {
    if (!answer) return;
    latencies.push(answer.latencyMs);
    const embed = (answer.data.embeds as unknown[] | undefined)?.[0];
    if (answer.type === 4 && JSON.stringify(embed) === mix[i % mix.length]!.expected) correct += 1;
  });
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    sent,
    answered: latencies.length,
    correct,
    elapsedMs: Math.round(elapsedMs),
    achievedRate: Math.round((sent / dispatchedMs) * 1000),
    latency: {
      p50: round(percentile(latencies, 0.5)),
      p90: round(percentile(latencies, 0.9)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies[latencies.length - 1] ?? NaN),
    },
    rssFirstMb: round(rssFirstMb),
    rssLastMb: round(rssLastMb),
    rssGrowth: Math.round(((rssLastMb - rssFirstMb) / rssFirstMb) * 1000) / 1000,
    liveHeapMb: liveHeapAfterFullGc(bot.stdout.slice(gcTraceFrom).join('')),
    botCpuMs: Math.round((botCpu / total) * 100) / 100,
    fakeCpuMs: Math.round(((fakeCpu.user + fakeCpu.system) / 1000 / total) * 100) / 100,
  };
}

/** The figures in one line, for the test output and `npm run load`. */
export function describeLoad(figures: LoadFigures, options: Pick<LoadOptions, 'rate' | 'seconds'>): string {
  const { latency } = figures;
  return [
    `${options.rate}/s for ${options.seconds} s: ${figures.answered}/${figures.sent} answered, ${figures.correct} correct`,
    `(achieved ${figures.achievedRate}/s; last answer after ${figures.elapsedMs} ms)`,
    `dispatch→callback p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms;`,
    `bot RSS ${figures.rssFirstMb} → ${figures.rssLastMb} MB (${(figures.rssGrowth * 100).toFixed(1)}%);`,
    `CPU per interaction: bot ${figures.botCpuMs} ms, fake ${figures.fakeCpuMs} ms`,
    ...(figures.liveHeapMb.length > 0
      ? [`; bot live heap after each full GC: ${figures.liveHeapMb.join(', ')} MB`]
      : []),
  ].join(' ');
}
