/**
 * `briefing-bot bench`: builds a corpus of N briefings around the seed article, indexes it the way
 * the bot does, and measures, in one process and on one query set, the build, the memory, the
 * latency of each command through the real command registry, the peers on the same `ask` queries,
 * and the seed questions' relevance inside the big corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { autocomplete, buildRegistry, commandContext, runCommand, type Registry } from '../commands/registry';
import type { CommandArgs, CommandContext } from '../commands/types';
import { loadKnowledge } from '../knowledge/load';
import { parseBriefing } from '../knowledge/parse';
import type { Briefing } from '../knowledge/types';
import { KnowledgeIndex, paragraphDocs } from '../search/knowledge-index';
import { ParagraphSearch } from '../search/paragraph-search';
import type { ParagraphDoc } from '../search/types';
import { generateCorpus, randomGenerator } from './corpus';
import { corpusFolder, measurePersisted, type PersistedReport } from './persisted';
import { buildFlexSearchPeer, buildFusePeer, buildMiniSearchPeer, type PeerBuild } from './peers';

/** Defaults of the benchmark, in one frozen object. */
export const BENCH_DEFAULTS = Object.freeze({
  briefings: 5000,
  /** Slug of the seed briefing in the knowledge folder (falls back to the folder's first briefing). */
  seedSlug: 'gaza-stabilization-force',
  /** Queries of each generated kind (natural questions, misspelt questions, quote fragments, speaker prefixes). */
  generatedPerKind: 60,
  /** A command whose queries would take longer than this in all is sampled (fewer queries). */
  commandBudgetMs: 30_000,
  /** A peer whose queries would take longer than this in all is sampled (fewer queries). */
  peerBudgetMs: 45_000,
  /** Fewest queries a sampled peer still runs. */
  minPeerSample: 3,
  /** Hits asked of every engine. */
  limit: 5,
  seed: 20251210,
});

/** Options of {@link runBench}. */
export interface BenchOptions {
  /** Briefings in the corpus, the seed included (default 5000). */
  readonly briefings?: number;
  /** Print the JSON report instead of the table. */
  readonly json?: boolean;
  /** Knowledge folder holding the seed briefing (default `./knowledge`). */
  readonly knowledgeDir?: string;
  /** Measure the peers too (default true). */
  readonly peers?: boolean;
  /** Measure a start from the persisted index too (default true). */
  readonly persisted?: boolean;
  /** Time budget of each peer's queries before it is sampled (default {@link BENCH_DEFAULTS.peerBudgetMs}). */
  readonly peerBudgetMs?: number;
  /** Time budget of each command's queries before it is sampled (default {@link BENCH_DEFAULTS.commandBudgetMs}). */
  readonly commandBudgetMs?: number;
  /** Where the report goes (default: standard output). */
  readonly write?: (text: string) => void;
  readonly seed?: number;
}

/** Latency percentiles of one command or peer, in milliseconds. */
export interface Latency {
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly queries: number;
}

/** A peer's figures. */
export interface PeerReport extends Partial<Latency> {
  readonly build_ms?: number;
  /** Queries run out of the full set, when sampled. */
  readonly sampled?: string;
  readonly skipped?: string;
  readonly speedup_p95?: number;
}

/** The benchmark's report; the JSON shape of the performance issue, with extra fields. */
export interface BenchReport {
  readonly briefings: number;
  readonly paragraphs: number;
  readonly build_ms: number;
  /** A start from the persisted index: loading it for the briefings read from the folder. */
  readonly load_ms?: number;
  readonly rss_mb: number;
  readonly heap_mb: number;
  /** The persisted index: saved, then loaded by a fresh process, and reopened after a change. */
  readonly persisted?: PersistedReport;
  /** The paragraph search alone: build, and loading a persisted index. */
  readonly search_build_ms: number;
  readonly persisted_load_ms: number;
  readonly persisted_mb: number;
  readonly vocabulary: number;
  readonly commands: Readonly<Record<'ask' | 'who-said' | 'quotes' | 'status' | 'autocomplete', Latency>>;
  readonly peers: Readonly<Record<'fuse-tuned' | 'minisearch' | 'flexsearch', PeerReport>>;
  readonly relevance: { readonly first: number; readonly top3: number; readonly of: number };
  readonly queries: Readonly<Record<string, number>>;
  readonly machine: {
    readonly cpus: number;
    readonly cpu: string;
    readonly node: string;
    readonly memory_gb: number;
  };
  readonly notes: readonly string[];
}

interface SeedQuestion {
  readonly q: string;
  readonly answer_paragraph: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);

/** The p-th percentile (nearest rank) of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    queries: sorted.length,
  };
}

/**
 * Times `run` once per input, after an untimed warm-up on a few inputs. When the inputs would take
 * longer than `budgetMs` in all, an even sample of them is timed instead, and `sampled` says so.
 */
function timeEach<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  budgetMs: number,
  sampled: (taken: number, of: number, probeMs: number) => void,
): number[] {
  // the fastest warm-up run tells the cost of one (the first may fill caches)
  let probe = Infinity;
  for (const input of inputs.slice(0, 3)) {
    const start = now();
    run(input);
    probe = Math.min(probe, now() - start);
  }
  let chosen = inputs;
  const fits = Math.max(
    BENCH_DEFAULTS.minPeerSample,
    Math.floor(budgetMs / Math.max(Number.isFinite(probe) ? probe : 0, 0.001)),
  );
  if (fits < inputs.length) {
    const step = Math.ceil(inputs.length / fits);
    chosen = inputs.filter((_, i) => i % step === 0).slice(0, fits);
    sampled(chosen.length, inputs.length, probe);
  }
  return chosen.map((input) => {
    const start = now();
    run(input);
    return now() - start;
  });
}

/** Runs a command, counting the user's errors (unknown speaker …) as answers: they are answers too. */
function safely(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'UserError') throw error;
  }
}

/**
 * A function that runs a full garbage collection, so that memory figures hold what is kept and not
 * what is waiting to be collected: the runtime's own when Node runs with --expose-gc, else one
 * obtained by switching that flag on.
 */
function fullCollection(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

/** The package root, where `test/fixtures` lives, from `src/bench` or `dist/bench`. */
const packageRoot = (): string => resolve(__dirname, '..', '..');

/** The seed briefing: from the knowledge folder, else the seed article fixture. */
function loadSeed(knowledgeDir: string | undefined): Briefing {
  const dir = knowledgeDir ?? join(packageRoot(), 'knowledge');
  if (existsSync(dir)) {
    const { briefings } = loadKnowledge(dir);
    const seed = briefings.find((b) => b.slug === BENCH_DEFAULTS.seedSlug) ?? briefings[0];
    if (seed) return seed;
  }
  const fixture = join(packageRoot(), 'test', 'fixtures', 'seed-article.txt');
  return parseBriefing('seed-article.txt', readFileSync(fixture, 'utf8'));
}

function loadSeedQuestions(): SeedQuestion[] {
  const file = join(packageRoot(), 'test', 'fixtures', 'seed-questions.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    questions?: SeedQuestion[];
    typo?: SeedQuestion[];
  };
  return [...(data.questions ?? []), ...(data.typo ?? [])];
}

/** The paragraphs of an index as search documents (as the index builds them). */
function docsOf(index: KnowledgeIndex): ParagraphDoc[] {
  return index.briefings.flatMap(paragraphDocs);
}

/** Misspells a word the way a hurried reader does: a swap, a dropped or a doubled letter. */
function misspell(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

const QUESTION_FORMS: readonly ((a: string, b: string, c: string) => string)[] = [
  (a, b, c) => `What did ${a} say about ${b} ${c}?`,
  (a, b, c) => `When will ${a} ${b} the ${c}?`,
  (a, b, c) => `Why does ${a} want ${b} and ${c}?`,
  (a, b, c) => `Who is behind the ${b} ${c} in ${a}?`,
  (a, b, c) => `How many ${b} did ${a} ${c}?`,
];

/** The generated query set, from the corpus itself. */
function buildQueries(index: KnowledgeIndex, count: number, seed: number) {
  const random = randomGenerator(seed ^ 0x5bd1e995);
  const paragraphs = index.briefings.flatMap((a) => a.briefing.paragraphs.map((p) => p.text));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const natural: string[] = [];
  while (natural.length < count && paragraphs.length > 0) {
    const words = pick(paragraphs).split(/[^\p{L}]+/u);
    const names = words.filter((w) => w.length > 3 && w[0] !== w[0]!.toLowerCase());
    const plain = words.filter((w) => w.length > 4 && w[0] === w[0]!.toLowerCase());
    if (names.length === 0 || plain.length < 2) continue;
    natural.push(pick(QUESTION_FORMS)(pick(names), pick(plain), pick(plain)));
  }
  const typos = natural.map((q) =>
    q
      .split(' ')
      .map((w) => (w.length > 4 && random() < 0.35 ? misspell(w, random) : w))
      .join(' '),
  );
  const statements = index.briefings.flatMap((a) => a.statements.map((s) => s.text));
  const quotedSpans = paragraphs.flatMap((text) => {
    const spans: string[] = [];
    const quote = /["“]([^"”]{12,})["”]/g;
    for (let m = quote.exec(text); m; m = quote.exec(text)) spans.push(m[1]!);
    return spans;
  });
  const sources = statements.length > 0 ? statements : quotedSpans;
  const fragments: string[] = [];
  for (let i = 0; i < count && sources.length > 0; i++) {
    const words = pick(sources).split(/\s+/);
    const length = Math.min(words.length, 3 + Math.floor(random() * 5));
    const from = Math.floor(random() * Math.max(1, words.length - length + 1));
    fragments.push(words.slice(from, from + length).join(' '));
  }
  const speakers = [...new Set(index.briefings.flatMap((a) => a.speakers.map((s) => s.name)))];
  const speakerNames: string[] = [];
  const prefixes: string[] = [];
  for (let i = 0; i < count && speakers.length > 0; i++) {
    const name = pick(speakers);
    speakerNames.push(name);
    prefixes.push(name.slice(0, 1 + Math.floor(random() * Math.min(5, name.length))));
  }
  return { natural, typos, fragments, speakerNames, prefixes };
}

/** The status command to time: the seed's topic command, else the first topic command. */
function statusCommand(index: KnowledgeIndex, registry: Registry): string | undefined {
  const topic = index.topics.find((t) => registry.get(t.topic.command));
  return topic?.topic.command;
}

/**
 * Runs the benchmark and writes its table (or JSON with `json`). Resolves to the report.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchReport> {
  const write = options.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  const seedValue = options.seed ?? BENCH_DEFAULTS.seed;
  const size = Math.max(1, Math.floor(options.briefings ?? BENCH_DEFAULTS.briefings));
  const notes: string[] = [];
  const seedBriefing = loadSeed(options.knowledgeDir);
  // the corpus as a knowledge folder, read back as the bot reads it (the generator's own
  // strings are let go, so that the memory after the build is the bot's)
  const { folder, corpus } = (() => {
    const generated = generateCorpus({ briefings: size, seedBriefing, seed: seedValue });
    return {
      folder: corpusFolder(generated.briefings),
      corpus: { seedSlug: generated.seedSlug, vocabularySize: generated.vocabularySize },
    };
  })();
  if (folder.problems.length > 0) notes.push(`${folder.problems.length} generated files were rejected`);
  try {
    const gc = fullCollection();
    await new Promise((r) => setImmediate(r));

    // this project: the whole index (analysis + search + quotes), as the bot builds it
    const buildStart = now();
    const index = KnowledgeIndex.build(folder.briefings);
    const buildMs = now() - buildStart;
    const registry = buildRegistry(index);
    const ctx: CommandContext = commandContext(index, registry);
    gc?.();
    const memory = process.memoryUsage();
    const docs = docsOf(index);

    // the paragraph search alone, built and reloaded from its persisted form
    const searchStart = now();
    const rebuilt = new ParagraphSearch(docs);
    const searchBuildMs = now() - searchStart;
    const bytes = rebuilt.serialize();
    const loadStart = now();
    const restored = ParagraphSearch.deserialize(bytes, docs);
    const persistedLoadMs = now() - loadStart;
    if (!restored) notes.push('the persisted index did not load back');

    // a start from the persisted index, in a fresh process
    let persisted: PersistedReport | undefined;
    if (options.persisted !== false) {
      await new Promise((r) => setImmediate(r));
      try {
        persisted = await measurePersisted(folder.dir, index);
        if (!persisted.all_loaded) notes.push('the persisted index was not loaded whole');
      } catch (error) {
        notes.push(`persisted index not measured: ${(error as Error).message}`);
      }
    }

    // queries
    const seedQuestions = loadSeedQuestions();
    const generated = buildQueries(index, BENCH_DEFAULTS.generatedPerKind, seedValue);
    const askQueries = [
      ...seedQuestions.map((q) => q.q),
      ...generated.natural,
      ...generated.typos,
      ...generated.fragments,
    ];
    const run = (name: string, args: CommandArgs) => () =>
      safely(() => runCommand(registry, name, args, ctx));
    const budget = options.commandBudgetMs ?? BENCH_DEFAULTS.commandBudgetMs;
    const timed = <T>(command: string, inputs: readonly T[], runOne: (input: T) => unknown): Latency =>
      latencyOf(
        timeEach(inputs, runOne, budget, (taken, of, probe) =>
          notes.push(`${command} sampled: ${taken} of ${of} queries (one takes ${round(probe, 0)} ms)`),
        ),
      );
    const statusName = statusCommand(index, registry);
    if (!statusName) notes.push('no topic command to time');
    const commands = {
      ask: timed('ask', askQueries, (q) => run('ask', { question: q })()),
      'who-said': timed('who-said', generated.fragments, (q) => run('who-said', { quote: q })()),
      quotes: timed('quotes', generated.speakerNames, (s) => run('quotes', { speaker: s })()),
      status: statusName
        ? timed(
            'status',
            Array.from({ length: 50 }, () => statusName),
            (n) => run(n, {})(),
          )
        : latencyOf([]),
      autocomplete: timed('autocomplete', generated.prefixes, (p) =>
        autocomplete(registry, 'quotes', 'speaker', p, {}, ctx),
      ),
    };

    // relevance of the seed questions inside the big corpus, through the real /ask
    let first = 0;
    let top3 = 0;
    for (const { q, answer_paragraph } of seedQuestions) {
      const answer = runCommand(registry, 'ask', { question: q }, ctx);
      const rank = answer.results.findIndex(
        (r) => r.article === corpus.seedSlug && r.paragraph === answer_paragraph,
      );
      if (rank === 0) first++;
      if (rank >= 0 && rank < 3) top3++;
    }

    // peers, on the same paragraphs and the same ask queries
    const texts = docs.map((d) => d.text);
    const askP95 = commands.ask.p95_ms;
    const peers: Record<'fuse-tuned' | 'minisearch' | 'flexsearch', PeerReport> = {
      'fuse-tuned': { skipped: 'not run' },
      minisearch: { skipped: 'not run' },
      flexsearch: { skipped: 'not run' },
    };
    if (options.peers !== false) {
      const builders: [keyof typeof peers, (t: readonly string[]) => PeerBuild][] = [
        ['flexsearch', buildFlexSearchPeer],
        ['minisearch', buildMiniSearchPeer],
        ['fuse-tuned', buildFusePeer],
      ];
      for (const [name, build] of builders) {
        await new Promise((r) => setImmediate(r));
        const built = build(texts);
        if ('skipped' in built) {
          peers[name] = { skipped: built.skipped };
          notes.push(`${name}: ${built.skipped}`);
          continue;
        }
        // one probe query tells whether the whole set fits the time budget; if not, sample evenly
        const probeStart = now();
        built.engine.search(askQueries[0] ?? 'Gaza', BENCH_DEFAULTS.limit);
        const probe = now() - probeStart;
        const fits = Math.max(
          BENCH_DEFAULTS.minPeerSample,
          Math.floor((options.peerBudgetMs ?? BENCH_DEFAULTS.peerBudgetMs) / Math.max(probe, 0.001)),
        );
        const sample =
          fits >= askQueries.length
            ? askQueries
            : askQueries.filter((_, i) => i % Math.ceil(askQueries.length / fits) === 0).slice(0, fits);
        const times = sample.map((q) => {
          const start = now();
          built.engine.search(q, BENCH_DEFAULTS.limit);
          return now() - start;
        });
        const latency = latencyOf(times);
        peers[name] = {
          ...latency,
          build_ms: round(built.buildMs, 0),
          speedup_p95: askP95 > 0 ? round(latency.p95_ms / askP95, 1) : undefined,
          ...(sample.length < askQueries.length
            ? { sampled: `${sample.length} of ${askQueries.length} queries` }
            : {}),
        };
        if (sample.length < askQueries.length)
          notes.push(
            `${name} sampled: ${sample.length} of ${askQueries.length} ask queries (one query takes ${round(probe, 0)} ms)`,
          );
      }
    }

    const report: BenchReport = {
      briefings: folder.briefings.length,
      paragraphs: docs.length,
      build_ms: round(buildMs, 0),
      ...(persisted ? { load_ms: persisted.load_ms } : {}),
      rss_mb: mb(memory.rss),
      heap_mb: mb(memory.heapUsed),
      ...(persisted ? { persisted } : {}),
      search_build_ms: round(searchBuildMs, 0),
      persisted_load_ms: round(persistedLoadMs, 0),
      persisted_mb: mb(bytes.length),
      vocabulary: corpus.vocabularySize,
      commands,
      peers,
      relevance: { first, top3, of: seedQuestions.length },
      queries: {
        ask: askQueries.length,
        'who-said': generated.fragments.length,
        quotes: generated.speakerNames.length,
        autocomplete: generated.prefixes.length,
        total:
          askQueries.length +
          generated.fragments.length +
          generated.speakerNames.length +
          generated.prefixes.length,
      },
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        memory_gb: round(os.totalmem() / 1024 ** 3, 1),
      },
      notes,
    };
    write(options.json ? JSON.stringify(report, null, 2) : formatTable(report));
    return report;
  } finally {
    folder.remove();
  }
}

const fixed = (n: number | undefined, digits = 2): string => (n === undefined ? '–' : n.toFixed(digits));

/** The report as a terminal table. */
export function formatTable(r: BenchReport): string {
  const lines: string[] = [];
  const row = (cells: readonly string[], widths: readonly number[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  lines.push(
    `briefing-bot bench: ${r.briefings} briefings, ${r.paragraphs} paragraphs, ${r.vocabulary} distinct words`,
    `machine: ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memory_gb} GB, Node ${r.machine.node}`,
    `build: ${r.build_ms} ms (analysis + indexes); paragraph search alone ${r.search_build_ms} ms; persisted index (${r.persisted_mb} MB) loaded in ${r.persisted_load_ms} ms`,
    `memory after build: RSS ${r.rss_mb} MB, heap ${r.heap_mb} MB`,
  );
  const p = r.persisted;
  if (p) {
    lines.push(
      `persisted index (${p.files_mb.analysis} + ${p.files_mb.search} + ${p.files_mb.quotes} MB, saved in ${p.save_ms} ms): a start (${p.measured}) reads the folder in ${p.read_ms} ms and loads the index in ${p.load_ms} ms (analyses ${p.load_parts_ms.analysis}, search ${p.load_parts_ms.search}, quotes and the rest ${p.load_parts_ms.quotes})${p.all_loaded ? '' : ' — NOT all from the files'}; the spelling tables are built after it in ${p.warm_ms} ms`,
      `load over ${p.load_runs_ms.length} starts: ${p.load_runs_ms.join(', ')} ms (the median above)`,
      `memory after load: RSS ${p.rss_mb} MB, heap ${p.heap_mb} MB; reopened after one briefing changed in ${p.reload_ms} ms (${p.reload_analysed} analysed)`,
    );
    const b = p.background_reload;
    if (b)
      lines.push(
        `background reload after one file changed: ${b.total_ms} ms in all, ${b.worker ? 'built in a worker thread' : 'in-process'}; the main thread put the index together in ${b.main_thread_open_ms} ms and the event loop was blocked at most ${b.longest_block_ms} ms`,
      );
  }
  lines.push('');
  const widths = [14, 8, 9, 9, 9];
  lines.push(row(['command', 'queries', 'p50 ms', 'p95 ms', 'p99 ms'], widths));
  for (const [name, l] of Object.entries(r.commands)) {
    lines.push(row([name, String(l.queries), fixed(l.p50_ms), fixed(l.p95_ms), fixed(l.p99_ms)], widths));
  }
  lines.push('');
  const peerWidths = [14, 8, 10, 11, 11, 13];
  lines.push(row(['peer (ask)', 'queries', 'build ms', 'p50 ms', 'p95 ms', 'p95 vs ours'], peerWidths));
  for (const [name, p] of Object.entries(r.peers)) {
    if (p.skipped) lines.push(`${name.padEnd(14)}  skipped: ${p.skipped}`);
    else
      lines.push(
        row(
          [
            name,
            String(p.queries),
            String(p.build_ms),
            fixed(p.p50_ms),
            fixed(p.p95_ms),
            p.speedup_p95 ? `${p.speedup_p95}×` : '–',
          ],
          peerWidths,
        ),
      );
  }
  lines.push(
    '',
    `relevance (seed questions inside the corpus): first ${r.relevance.first}/${r.relevance.of}, top three ${r.relevance.top3}/${r.relevance.of}`,
  );
  for (const note of r.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}
