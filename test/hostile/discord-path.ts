/**
 * The path a Discord interaction takes, without Discord: the router (`routeInteraction`) with the
 * registry built from the real knowledge folder, the Discord renderer and the reply module. Each
 * call returns what the bot would send (the reply body, or the autocomplete choices), how long
 * the answer took, and anything the router logged as a fault.
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadKnowledgeDir, type Knowledge } from '../../src/app';
import type { Choice, CommandArgs } from '../../src/commands/types';
import { ArgsStore } from '../../src/discord/custom-id';
import { routeInteraction, type RouterDeps } from '../../src/discord/interactions';
import { createLogger } from '../../src/logger';
import type { ReplyBody } from '../../src/render/reply';

/** The repository's knowledge folder (the seed briefing). */
export const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

/** The asker of every interaction, and someone else (for buttons that are not theirs). */
export const ASKER = '111111111111111111';
export const SOMEONE_ELSE = '222222222222222222';

/** How the bot answered one interaction. */
export interface Sent {
  /** `reply` (callback type 4), `update` (type 7) or `autocomplete` (type 8). */
  readonly how: 'reply' | 'update' | 'autocomplete';
  readonly body?: ReplyBody;
  readonly choices?: readonly Choice[];
}

/** One routed interaction: what was sent, the time it took, and the fault lines logged. */
export interface Routed {
  readonly sent: readonly Sent[];
  readonly ms: number;
  readonly faults: readonly string[];
}

let cached: Knowledge | undefined;
/** The real knowledge, loaded once per test file. */
export function knowledge(): Knowledge {
  cached ??= loadKnowledgeDir(KNOWLEDGE_DIR);
  return cached;
}

/** A logger that keeps what it writes, at warn level. */
function captureLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ logLevel: 'warn' }, { destination, pretty: false });
  return { logger, lines };
}

/** A router with its own logger, button store and clock. */
export class DiscordPath {
  private readonly log = captureLogger();
  readonly store = new ArgsStore();
  private clock = Date.UTC(2025, 11, 10, 12, 0, 0);
  private counter = 0;
  private readonly deps: RouterDeps;

  constructor() {
    this.deps = {
      knowledge,
      logger: this.log.logger,
      store: this.store,
      now: () => this.clock,
    };
  }

  /** Moves the router's clock forward. */
  advance(ms: number): void {
    this.clock += ms;
  }

  private async route(make: (sent: Sent[]) => Parameters<typeof routeInteraction>[0]): Promise<Routed> {
    const sent: Sent[] = [];
    const before = this.log.lines.length;
    const interaction = make(sent);
    const start = performance.now();
    await routeInteraction(interaction, this.deps);
    const ms = performance.now() - start;
    const faults = this.log.lines.slice(before).filter((line) => /"level":(50|60)/.test(line));
    return { sent, ms, faults };
  }

  private nextId(): string {
    this.counter += 1;
    return `9${String(this.counter).padStart(17, '0')}`;
  }

  /**
   * A slash command (or, with `fromMessage`, a message command on a message with `args.message`),
   * from a member with the Manage Server permission when `admin` is set.
   */
  command(
    name: string,
    args: CommandArgs,
    options: { fromMessage?: boolean; user?: string; admin?: boolean } = {},
  ) {
    return this.route((sent) =>
      Object.assign(
        {
          id: this.nextId(),
          kind: 'command' as const,
          commandName: name,
          userId: options.user ?? ASKER,
          args,
          fromMessage: options.fromMessage,
          reply: async (body: ReplyBody) => void sent.push({ how: 'reply', body }),
        },
        options.admin ? { canManageServer: true } : {},
      ),
    );
  }

  /** An autocomplete request while the user types `value` into `option`. */
  autocomplete(name: string, option: string, value: string, args: CommandArgs = {}) {
    return this.route((sent) => ({
      id: this.nextId(),
      kind: 'autocomplete',
      commandName: name,
      userId: ASKER,
      focused: { name: option, value },
      args,
      respond: async (choices: readonly Choice[]) => void sent.push({ how: 'autocomplete', choices }),
    }));
  }

  /** A click on a button with this custom_id. */
  button(customId: string, user: string = ASKER) {
    return this.route((sent) => ({
      id: this.nextId(),
      kind: 'button',
      customId,
      userId: user,
      reply: async (body: ReplyBody) => void sent.push({ how: 'reply', body }),
      update: async (body: ReplyBody) => void sent.push({ how: 'update', body }),
    }));
  }
}

/** The custom_ids of every button of a reply body. */
export function customIds(body: ReplyBody | undefined): string[] {
  const ids: string[] = [];
  for (const row of body?.components ?? []) {
    for (const component of row.components) {
      const id = (component as { custom_id?: unknown }).custom_id;
      if (typeof id === 'string') ids.push(id);
    }
  }
  return ids;
}

/** Per-case timings, summarised. */
export class Timings {
  private readonly samples: number[] = [];
  add(ms: number): void {
    this.samples.push(ms);
  }
  get count(): number {
    return this.samples.length;
  }
  /** The q-quantile (0…1) of the samples, in ms. */
  quantile(q: number): number {
    if (this.samples.length === 0) return 0;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  }
  get max(): number {
    return this.samples.reduce((a, b) => Math.max(a, b), 0);
  }
  summary(label: string): string {
    return `${label}: ${this.count} answers, p50 ${this.quantile(0.5).toFixed(2)} ms, p99 ${this.quantile(0.99).toFixed(2)} ms, max ${this.max.toFixed(2)} ms`;
  }
}
