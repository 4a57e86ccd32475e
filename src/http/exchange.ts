/**
 * One interaction's answer over HTTP. Discord waits (at most 3 seconds) for the HTTP response to
 * its request, and that response is the interaction callback: a message (4), an update of the
 * clicked message (7), autocomplete choices (8). An answer that is not ready in time is deferred
 * instead: the response says "thinking…" (5) or "will update" (6), and the answer follows over
 * REST with the interaction token when it is ready.
 *
 * The router calls `reply`, `update` or `respond` exactly as it does for discord.js; this class
 * turns the first call into the HTTP response, or into a REST follow-up once the answer was
 * deferred.
 */
import type { Choice } from '../commands/types';
import { MESSAGE_FLAG_EPHEMERAL } from '../render/limits';
import type { ReplyBody } from '../render/reply';
import type { FollowUpClient } from './follow-up';

/** Discord's numbers for interaction callback types. */
export const CALLBACK_TYPES = Object.freeze({
  pong: 1,
  message: 4,
  deferredMessage: 5,
  deferredUpdate: 6,
  update: 7,
  autocompleteResult: 8,
} as const);

/** The body of an HTTP response to an interaction (an interaction callback). */
export type InteractionCallback =
  | { readonly type: typeof CALLBACK_TYPES.pong }
  | { readonly type: typeof CALLBACK_TYPES.message; readonly data: ReplyBody }
  | { readonly type: typeof CALLBACK_TYPES.deferredMessage; readonly data?: { readonly flags: number } }
  | { readonly type: typeof CALLBACK_TYPES.deferredUpdate }
  | { readonly type: typeof CALLBACK_TYPES.update; readonly data: ReplyBody }
  | {
      readonly type: typeof CALLBACK_TYPES.autocompleteResult;
      readonly data: { readonly choices: readonly Choice[] };
    };

/**
 * How an answer is deferred when it is late: a command says "thinking…" (privately when its
 * answer will be private); a button click defers an update of its message. Autocomplete is never
 * deferred (Discord does not allow it).
 */
export type Deferral =
  | { readonly kind: 'message'; readonly ephemeral: boolean }
  | { readonly kind: 'update' }
  | { readonly kind: 'never' };

/** Where the follow-ups of a deferred answer go. */
export interface ExchangeTarget {
  readonly applicationId: string;
  readonly token: string;
}

/** Options of an {@link InteractionExchange}. */
export interface ExchangeOptions {
  readonly deferral: Deferral;
  /** Defer when no answer came within this many milliseconds (undefined: never). */
  readonly deferAfterMs?: number;
  readonly followUps: FollowUpClient;
}

type State = 'waiting' | 'answered' | 'deferred' | 'completed';

/** The answer of one interaction: the HTTP response first, REST follow-ups after it. */
export class InteractionExchange {
  /** Resolves with the HTTP response body: the answer, or the deferral when the answer is late. */
  readonly response: Promise<InteractionCallback>;
  private state: State = 'waiting';
  private resolveResponse!: (callback: InteractionCallback) => void;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly target: ExchangeTarget,
    private readonly options: ExchangeOptions,
  ) {
    this.response = new Promise((resolve) => {
      this.resolveResponse = resolve;
    });
    if (options.deferral.kind !== 'never' && options.deferAfterMs !== undefined) {
      this.timer = setTimeout(() => this.defer(), options.deferAfterMs);
    }
  }

  /** Whether the HTTP response has been decided (answered or deferred). */
  get responded(): boolean {
    return this.state !== 'waiting';
  }

  /** Whether the answer was deferred (then it follows over REST). */
  get deferred(): boolean {
    return this.state === 'deferred' || this.state === 'completed';
  }

  /** Answers with a new message (the router's `reply`). */
  async reply(body: ReplyBody): Promise<void> {
    if (this.state === 'waiting') return this.answer({ type: CALLBACK_TYPES.message, data: body });
    const { applicationId, token } = this.target;
    if (this.state === 'deferred' && this.options.deferral.kind === 'message') {
      this.state = 'completed';
      await this.options.followUps.editOriginal(applicationId, token, body);
      return;
    }
    await this.options.followUps.send(applicationId, token, body);
  }

  /** Answers by updating the clicked message (the router's `update`). */
  async update(body: ReplyBody): Promise<void> {
    if (this.state === 'waiting') return this.answer({ type: CALLBACK_TYPES.update, data: body });
    if (this.state === 'deferred') this.state = 'completed';
    await this.options.followUps.editOriginal(this.target.applicationId, this.target.token, body);
  }

  /** Answers an autocomplete request. Choices that come too late are dropped (Discord has moved on). */
  async respond(choices: readonly Choice[]): Promise<void> {
    if (this.state === 'waiting') this.answer({ type: CALLBACK_TYPES.autocompleteResult, data: { choices } });
  }

  /** Stops the deferral timer (the exchange is over). */
  close(): void {
    clearTimeout(this.timer);
  }

  private answer(callback: InteractionCallback): void {
    clearTimeout(this.timer);
    this.state = 'answered';
    this.resolveResponse(callback);
  }

  private defer(): void {
    if (this.state !== 'waiting') return;
    const deferral = this.options.deferral;
    if (deferral.kind === 'never') return;
    this.state = 'deferred';
    this.resolveResponse(
      deferral.kind === 'update'
        ? { type: CALLBACK_TYPES.deferredUpdate }
        : {
            type: CALLBACK_TYPES.deferredMessage,
            ...(deferral.ephemeral ? { data: { flags: MESSAGE_FLAG_EPHEMERAL } } : {}),
          },
    );
  }
}
