/**
 * A per-user cooldown: after a command, the same user waits `seconds` before the next one, and an
 * early command is answered with an ephemeral "try again <t:…:R>" (built by the reply module).
 * Autocomplete is exempt (Discord sends one request per keystroke), and so are buttons by
 * default: a page turn or "Show ¶N" belongs to an answer the user already waited for.
 *
 * Pure and synchronous: the clock is injected. Memory is bounded: every entry lives `seconds`
 * long, so entries kept in order of last use are also in order of expiry, and expired ones are
 * dropped from the front on every call; a flood of distinct users is capped at `maxUsers` (the
 * oldest entries go first).
 */
import type { ReplyBody } from '../render/reply';
import { cooldownReply } from '../render/reply';

/** The kinds of interaction the router handles. */
export type InteractionKind = 'command' | 'autocomplete' | 'button';

/** Defaults of {@link Cooldown}. */
export const COOLDOWN_DEFAULTS = Object.freeze({
  /** Users remembered at most; beyond this the oldest entries are forgotten early. */
  maxUsers: 100_000,
  /** Interaction kinds that start and respect the cooldown. */
  charged: Object.freeze(['command'] as const satisfies readonly InteractionKind[]),
});

/** Options of {@link Cooldown}. */
export interface CooldownOptions {
  /** Seconds a user waits between two charged interactions; 0 turns the cooldown off. */
  readonly seconds: number;
  /** Milliseconds since the epoch (default `Date.now`). */
  readonly now?: () => number;
  readonly maxUsers?: number;
  readonly charged?: readonly InteractionKind[];
}

/** Why a cooldown cannot be built: names the option and what it takes. */
export class CooldownOptionError extends Error {
  override readonly name = 'CooldownOptionError';
}

/** Per-user cooldown state. Not shared between processes (each shard keeps its own). */
export class Cooldown {
  private readonly durationMs: number;
  private readonly now: () => number;
  private readonly maxUsers: number;
  private readonly charged: ReadonlySet<InteractionKind>;
  /** User id → when they may ask again (ms), in order of last charge, hence of expiry. */
  private readonly readyAt = new Map<string, number>();

  constructor(options: CooldownOptions) {
    if (!Number.isFinite(options.seconds) || options.seconds < 0) {
      throw new CooldownOptionError(
        `Cooldown: seconds must be a number of 0 or more, got ${String(options.seconds)}.`,
      );
    }
    const maxUsers = options.maxUsers ?? COOLDOWN_DEFAULTS.maxUsers;
    if (!Number.isInteger(maxUsers) || maxUsers < 1) {
      throw new CooldownOptionError(
        `Cooldown: maxUsers must be a whole number of at least 1, got ${String(maxUsers)}.`,
      );
    }
    this.durationMs = options.seconds * 1000;
    this.now = options.now ?? Date.now;
    this.maxUsers = maxUsers;
    this.charged = new Set(options.charged ?? COOLDOWN_DEFAULTS.charged);
  }

  /** The cooldown configured by `COOLDOWN_SECONDS` (see config.ts). */
  static fromConfig(config: { readonly cooldownSeconds: number }, now?: () => number): Cooldown {
    return new Cooldown({ seconds: config.cooldownSeconds, now });
  }

  /** Whether the cooldown does anything (seconds > 0). */
  get enabled(): boolean {
    return this.durationMs > 0;
  }

  /** Users currently waiting (after dropping the expired ones). */
  get size(): number {
    this.prune(this.now());
    return this.readyAt.size;
  }

  /**
   * Charges one interaction of `userId`. Returns undefined when it may be answered (and starts
   * the user's cooldown), or the ephemeral "try again" reply to send instead. An early attempt
   * does not extend the wait.
   */
  take(userId: string, kind: InteractionKind = 'command'): ReplyBody | undefined {
    if (!this.enabled || !this.charged.has(kind)) return undefined;
    const now = this.now();
    this.prune(now);
    const ready = this.readyAt.get(userId);
    if (ready !== undefined && ready > now) return cooldownReply(ready / 1000);
    this.readyAt.delete(userId);
    this.readyAt.set(userId, now + this.durationMs);
    while (this.readyAt.size > this.maxUsers) {
      const oldest = this.readyAt.keys().next();
      if (oldest.done) break;
      this.readyAt.delete(oldest.value);
    }
    return undefined;
  }

  /** Milliseconds until `userId` may send a charged interaction again (0: now). */
  remainingMs(userId: string): number {
    const ready = this.readyAt.get(userId);
    return ready === undefined ? 0 : Math.max(0, ready - this.now());
  }

  /** Drops the entries whose time has come; they sit at the front of the map. */
  private prune(now: number): void {
    for (const [user, ready] of this.readyAt) {
      if (ready > now) break;
      this.readyAt.delete(user);
    }
  }
}
