/**
 * Rendered answers, remembered per knowledge snapshot. An answer is a pure function of the index
 * and the command's arguments, so when many readers run the same command after a news alert
 * (`/isf-status`, `/summary`, the same `/who-said`), it is computed and rendered once. Options
 * that only shape the reply (`hide`, `mention`) are not part of the key. A reload swaps the
 * knowledge object, and with it the cache; entries are dropped least recently used first.
 */
import type { Knowledge } from '../app';
import type { Answer } from '../answer/types';
import type { CommandArgs } from '../commands/types';
import { renderDiscordPages, type DiscordPage } from '../render/discord';

/** Sizes of the cache. */
export const ANSWER_CACHE_DEFAULTS = Object.freeze({
  /** Answers kept per knowledge snapshot. */
  entries: 1_000,
  /** Longest key cached (command and arguments as text); longer requests are always computed. */
  keyMax: 600,
  /** Options that do not change the answer, only the reply. */
  replyOnlyOptions: Object.freeze(['hide', 'mention']),
});

/** An answer and its Discord pages. */
export interface RenderedAnswer {
  readonly answer: Answer;
  readonly pages: readonly DiscordPage[];
}

const REPLY_ONLY: ReadonlySet<string> = new Set(ANSWER_CACHE_DEFAULTS.replyOnlyOptions);

/** The cache key of a command with its arguments, or undefined when it is too long to keep. */
export function answerKey(command: string, args: CommandArgs): string | undefined {
  const parts = [command];
  for (const name of Object.keys(args).sort()) {
    const value = args[name];
    if (value === undefined || REPLY_ONLY.has(name)) continue;
    parts.push(`${name}=${typeof value}:${String(value)}`);
  }
  const key = parts.join('\u0000');
  return key.length <= ANSWER_CACHE_DEFAULTS.keyMax ? key : undefined;
}

/** A least-recently-used map of rendered answers. */
class AnswerLru {
  private readonly entries = new Map<string, RenderedAnswer>();
  constructor(private readonly capacity: number) {}

  get(key: string): RenderedAnswer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: RenderedAnswer): void {
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Rendered answers for every knowledge snapshot still in use (a reloaded one is collected). */
export class AnswerCache {
  private readonly bySnapshot = new WeakMap<Knowledge, AnswerLru>();
  constructor(private readonly capacity: number = ANSWER_CACHE_DEFAULTS.entries) {}

  /**
   * The rendered answer of `command` with `args` in `knowledge`: remembered, or made by `compute`
   * (whose errors, such as user errors, are never remembered).
   */
  get(knowledge: Knowledge, command: string, args: CommandArgs, compute: () => Answer): RenderedAnswer {
    const key = answerKey(command, args);
    if (key === undefined || this.capacity === 0) return render(compute());
    let lru = this.bySnapshot.get(knowledge);
    if (!lru) {
      lru = new AnswerLru(this.capacity);
      this.bySnapshot.set(knowledge, lru);
    }
    const hit = lru.get(key);
    if (hit) return hit;
    const rendered = render(compute());
    lru.set(key, rendered);
    return rendered;
  }

  /** Answers kept for `knowledge`. */
  size(knowledge: Knowledge): number {
    return this.bySnapshot.get(knowledge)?.size ?? 0;
  }
}

function render(answer: Answer): RenderedAnswer {
  return Object.freeze({ answer, pages: Object.freeze(renderDiscordPages(answer)) });
}
