/**
 * deploy-commands: one bulk PUT of the registry's application-command JSON, to the guild in
 * DISCORD_GUILD_ID (instant) or globally (may take a while to show up everywhere).
 */
import { REST, Routes } from 'discord.js';
import type { Registry } from '../commands/registry';
import type { Config } from '../config';
import { UserError } from '../errors';
import type { Logger } from '../logger';
import { APPLICATION_COMMAND_TYPES, commandsJSON, type ApplicationCommandJSON } from './command-json';

/** What was registered, and where. */
export interface DeployReport {
  readonly scope: 'guild' | 'global';
  readonly route: string;
  /** Names as Discord shows them: `/ask` for slash commands, the plain name for message commands. */
  readonly commands: readonly string[];
}

/** How a registered command is shown: `/name`, or the menu name of a message command. */
export function shownName(command: Pick<ApplicationCommandJSON, 'type' | 'name'>): string {
  return command.type === APPLICATION_COMMAND_TYPES.chat
    ? `/${command.name}`
    : `${command.name} (message menu)`;
}

/** The route of the bulk overwrite for this configuration. */
export function deployRoute(clientId: string, guildId?: string): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
}

/**
 * Registers the registry's commands with Discord and prints what was registered.
 * @throws UserError without DISCORD_TOKEN or DISCORD_CLIENT_ID.
 */
export async function deployCommands(
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'discordGuildId' | 'discordApiUrl'>,
  registry: Registry,
  logger: Logger,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<DeployReport> {
  const missing = [
    config.discordToken ? undefined : 'DISCORD_TOKEN (the bot token from the Bot page of your application)',
    config.discordClientId
      ? undefined
      : 'DISCORD_CLIENT_ID (the application id from its General Information page)',
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0) {
    throw new UserError(
      `deploy-commands needs ${missing.join(' and ')}. Set them in .env or the environment.`,
    );
  }
  const body = commandsJSON(registry.commands);
  const route = deployRoute(config.discordClientId!, config.discordGuildId);
  const scope = config.discordGuildId ? 'guild' : 'global';
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken!);
  logger.info({ route, scope, commands: body.length }, 'registering commands');
  const registered = (await rest.put(route, { body })) as readonly ApplicationCommandJSON[];
  const names = registered.map(shownName);
  print(
    scope === 'guild'
      ? `Registered ${names.length} commands in guild ${config.discordGuildId}:`
      : `Registered ${names.length} global commands (they may take up to an hour to appear everywhere):`,
  );
  for (const name of names) print(`  ${name}`);
  logger.info({ route, scope, commands: names }, 'commands registered');
  return { scope, route, commands: names };
}
