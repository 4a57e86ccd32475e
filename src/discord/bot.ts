/**
 * The Discord client: logs in with the Guilds intent only, adapts discord.js interactions to the
 * router, keeps track of answers in flight and shuts down cleanly (in-flight answers finish, the
 * client is destroyed, logs are flushed).
 */
import {
  PermissionFlagsBits,
  Client,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  Options,
  Routes,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type REST,
} from 'discord.js';
import { knowledgeFromIndex, type Knowledge } from '../app';
import type { CommandArgs } from '../commands/types';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ReplyBody } from '../render/reply';
import { KnowledgeIndex } from '../search/knowledge-index';
import type { KnowledgeStore } from '../knowledge/store';
import { AnswerCache } from './answer-cache';
import { Cooldown } from './cooldown';
import { ArgsStore } from './custom-id';
import { routeInteraction, type CommandInteractionLike, type InteractionLike } from './interactions';

/** Lifecycle settings of the bot. */
export const BOT_DEFAULTS = Object.freeze({
  /** How long `stop()` waits for answers in flight before destroying the client. */
  drainTimeoutMs: 2_000,
  /** How long `startBot` waits for the gateway's READY. */
  readyTimeoutMs: 30_000,
  /**
   * Defer a command (answer "thinking…" first, edit in the answer later) when it reaches the bot
   * later than this after Discord created it: a late answer must not miss the 3-second deadline.
   * Answers themselves take milliseconds, so a timely interaction is answered directly.
   */
  deferAfterMs: 1_500,
  /**
   * How long one REST request may take before it is aborted (and retried by discord.js). Longer
   * than the 3-second answer deadline, so a timely answer is never cut short; far shorter than
   * discord.js's 15 s, so a hung connection does not hold an answer for a minute.
   */
  restTimeoutMs: 4_000,
});

/**
 * What discord.js keeps in memory. The bot answers from its own index and reads everything else
 * from the interaction itself, so users, members and messages are not cached: a burst of
 * thousands of different users would otherwise grow the caches without bound.
 */
export function botCacheFactory() {
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
    PresenceManager: 0,
    ReactionManager: 0,
    ThreadMemberManager: 0,
    VoiceStateManager: 0,
  });
}

/** A running bot. */
export interface RunningBot {
  readonly client: Client;
  /** Answers being sent right now. */
  inFlight(): number;
  /**
   * Finishes answers in flight and `alsoWaitFor` (other REST work, e.g. announcements), at most
   * {@link BOT_DEFAULTS.drainTimeoutMs} in all, then destroys the client and flushes the logs.
   */
  stop(alsoWaitFor?: Promise<unknown>): Promise<void>;
}

/** Where the bot reads its knowledge: a fixed index, or a store that swaps in reloads. */
export type KnowledgeSource = KnowledgeIndex | KnowledgeStore | (() => Knowledge);

function knowledgeGetter(source: KnowledgeSource): () => Knowledge {
  if (typeof source === 'function') return source;
  if (source instanceof KnowledgeIndex) {
    const fixed = knowledgeFromIndex('', source);
    return () => fixed;
  }
  return () => source.knowledge;
}

/**
 * Answers one interaction over REST with the reply module's bodies exactly as built (Discord API
 * JSON): the callback (reply, defer, update, autocomplete result) and the edit of the original
 * response. discord.js's own reply helpers would convert each body to its options format and back.
 */
export interface InteractionResponder {
  callback(type: InteractionResponseType, data?: unknown): Promise<unknown>;
  /** Edits the original response (completes a deferred reply); the flags were set by the defer. */
  editOriginal(body: ReplyBody): Promise<unknown>;
}

/** The responder for interaction `id` with `token` of application `applicationId`. */
export function interactionResponder(
  rest: REST,
  applicationId: string,
  id: string,
  token: string,
): InteractionResponder {
  return {
    callback: (type, data) =>
      rest.post(Routes.interactionCallback(id, token), {
        body: data === undefined ? { type } : { type, data },
        auth: false,
      }),
    editOriginal: (body) => {
      const { flags: _flags, ...edit } = body;
      return rest.patch(Routes.webhookMessage(applicationId, token), { body: edit, auth: false });
    },
  };
}

const responderOf = (interaction: Interaction): InteractionResponder =>
  interactionResponder(interaction.client.rest, interaction.applicationId, interaction.id, interaction.token);

/** Whether the member has the Manage Server permission. */
const canManage = (
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
): boolean => interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;

/** A command adapter that, when `defer`, sends the defer at once and later edits in the answer. */
function commandAdapter(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  args: CommandArgs,
  fromMessage: boolean,
  defer: boolean,
  targetMessageId?: string,
): CommandInteractionLike {
  const hidden = fromMessage ? args.hide !== false : args.hide === true;
  const respond = responderOf(interaction);
  const deferred = defer
    ? respond.callback(
        InteractionResponseType.DeferredChannelMessageWithSource,
        hidden ? { flags: MessageFlags.Ephemeral } : undefined,
      )
    : undefined;
  void deferred?.catch(() => undefined); // the error surfaces when the answer is sent
  return {
    id: interaction.id,
    kind: 'command',
    commandName: interaction.commandName,
    userId: interaction.user.id,
    args,
    fromMessage,
    ...(targetMessageId ? { targetMessageId } : {}),
    canManageServer: canManage(interaction),
    reply: async (body) => {
      if (!deferred) return respond.callback(InteractionResponseType.ChannelMessageWithSource, body);
      await deferred;
      return respond.editOriginal(body);
    },
  };
}

/** Option values as command arguments: strings, booleans, numbers, and user ids for user options. */
export function optionsToArgs(
  options: readonly CommandInteractionOption[],
): Record<string, string | boolean | number> {
  const args: Record<string, string | boolean | number> = {};
  for (const option of options) {
    if (option.options) Object.assign(args, optionsToArgs(option.options));
    else if (option.value !== undefined && option.value !== null) args[option.name] = option.value;
  }
  return args;
}

/**
 * Adapts a discord.js interaction to the router's view, or undefined for kinds the bot ignores.
 * `deferCommand` decides, from the interaction's creation time, whether a command is deferred.
 */
export function adaptInteraction(
  interaction: Interaction,
  deferCommand: (createdTimestamp: number, commandName: string, canManageServer: boolean) => boolean = () =>
    false,
): InteractionLike | undefined {
  const userId = interaction.user.id;
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      id: interaction.id,
      kind: 'autocomplete',
      commandName: interaction.commandName,
      userId,
      focused: { name: focused.name, value: String(focused.value ?? '') },
      args: optionsToArgs(interaction.options.data),
      respond: (choices) =>
        responderOf(interaction).callback(InteractionResponseType.ApplicationCommandAutocompleteResult, {
          choices,
        }),
    };
  }
  if (interaction.isChatInputCommand()) {
    const defer = deferCommand(interaction.createdTimestamp, interaction.commandName, canManage(interaction));
    return commandAdapter(interaction, optionsToArgs(interaction.options.data), false, defer);
  }
  if (interaction.isMessageContextMenuCommand()) {
    const args: CommandArgs = { message: interaction.targetMessage.content ?? '' };
    const defer = deferCommand(interaction.createdTimestamp, interaction.commandName, canManage(interaction));
    return commandAdapter(interaction, args, true, defer, interaction.targetId);
  }
  if (interaction.isButton()) {
    return {
      id: interaction.id,
      kind: 'button',
      customId: interaction.customId,
      userId,
      message: {
        embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
        components: interaction.message.components.map((row) => row.toJSON()),
      },
      reply: (body) =>
        responderOf(interaction).callback(InteractionResponseType.ChannelMessageWithSource, body),
      update: (body) => responderOf(interaction).callback(InteractionResponseType.UpdateMessage, body),
      postInChannel: (body) =>
        interaction.client.rest.post(Routes.channelMessages(interaction.channelId), { body }),
    };
  }
  return undefined;
}

/** Options of {@link startBot}. */
export interface StartBotOptions {
  /** Clock for button expiry (tests). */
  now?(): number;
}

/**
 * Logs in and answers interactions until `stop()`. Resolves once the gateway says READY.
 * Attaches `error` listeners to the client (without one, a failed handler would kill the
 * process) and logs unhandled rejections instead of crashing.
 */
export async function startBot(
  config: Pick<Config, 'discordToken' | 'discordApiUrl' | 'shardCount' | 'shardIds' | 'cooldownSeconds'>,
  source: KnowledgeSource,
  logger: Logger,
  options: StartBotOptions = {},
): Promise<RunningBot> {
  if (!config.discordToken) throw new Error('startBot needs DISCORD_TOKEN');
  const knowledge = knowledgeGetter(source);
  const store = new ArgsStore();
  const cooldown = Cooldown.fromConfig(config);
  const answers = new AnswerCache();
  // An interaction that reaches us late (a backlog, a replay after RESUME) is deferred at once.
  // Late interactions (a backlog) and slow commands (/reload) are deferred, then edited. A member
  // refused an admin command is answered at once, privately.
  const deferCommand = (created: number, name: string, canManageServer: boolean) => {
    if (Date.now() - created > BOT_DEFAULTS.deferAfterMs) return true;
    const spec = knowledge().registry.get(name);
    return spec?.slow === true && (spec.permission !== 'manage-server' || canManageServer);
  };
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl, timeout: BOT_DEFAULTS.restTimeoutMs },
    allowedMentions: { parse: [] },
    makeCache: botCacheFactory(),
    ...(config.shardIds && config.shardCount
      ? { shards: [...config.shardIds], shardCount: config.shardCount }
      : {}),
  });

  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway session started'));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'gateway session resumed'),
  );
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, 'gateway error'));
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled rejection');
  process.on('unhandledRejection', onRejection);

  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    const received = Date.now();
    let adapted: InteractionLike | undefined;
    try {
      adapted = adaptInteraction(interaction, deferCommand);
    } catch (error) {
      logger.error({ err: error, interaction: interaction.id }, 'could not read the interaction');
      return;
    }
    if (!adapted) return;
    const task = routeInteraction(adapted, {
      knowledge,
      logger,
      store,
      cooldown,
      answers,
      now: options.now,
    }).then(
      () => {
        if (!logger.isLevelEnabled('debug')) return;
        // How late Discord delivered the interaction, and how long the answer took from there.
        const { id, createdTimestamp } = interaction;
        logger.debug(
          { interaction: id, deliveredMs: received - createdTimestamp, answeredMs: Date.now() - received },
          'interaction answered',
        );
      },
      (error: unknown) => logger.error({ err: error, interaction: interaction.id }, 'interaction failed'),
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });

  const ready = new Promise<Client<true>>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('Discord did not send READY in time')),
      BOT_DEFAULTS.readyTimeoutMs,
    );
    timer.unref();
    client.once(Events.ClientReady, (readyClient) => {
      clearTimeout(timer);
      resolve(readyClient);
    });
  });
  try {
    await client.login(config.discordToken);
    const readyClient = await ready;
    logger.info(
      {
        tag: readyClient.user.tag,
        guilds: readyClient.guilds.cache.size,
        commands: knowledge().registry.commands.length,
      },
      'ready',
    );
  } catch (error) {
    process.off('unhandledRejection', onRejection);
    await client.destroy();
    throw error;
  }

  return {
    client,
    inFlight: () => inFlight.size,
    async stop(alsoWaitFor?: Promise<unknown>) {
      if (stopping) return;
      stopping = true;
      logger.info({ inFlight: inFlight.size }, 'shutting down');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, BOT_DEFAULTS.drainTimeoutMs);
      });
      await Promise.race([Promise.allSettled([...inFlight, alsoWaitFor]), timeout]);
      clearTimeout(timer);
      await client.destroy();
      process.off('unhandledRejection', onRejection);
      logger.info('stopped');
      logger.flush();
    },
  };
}
