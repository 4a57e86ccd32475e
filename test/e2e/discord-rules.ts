/**
 * What the real Discord checks on the bodies the bot sends: Discord's published request schemas
 * (the zod schemas of `discord-api-spec`) plus the rules those schemas cannot express (all embeds
 * ≤ 6000 characters, unique custom_ids, no empty message, chat command names lowercase, required
 * options first …). Each check returns the problems found; an empty list means Discord accepts it.
 */
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandCreateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  MessageCreateRequestSchema,
  ModalInteractionCallbackRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import {
  ACTION_ROW_BUTTONS_MAX,
  AUTOCOMPLETE_CHOICES_MAX,
  CHAT_COMMAND_NAME_PATTERN,
  CHAT_COMMANDS_PER_SCOPE_MAX,
  CHOICE_NAME_MAX,
  COMMAND_DESCRIPTION_MAX,
  CUSTOM_ID_MAX,
  EMBEDS_TOTAL_CHARACTERS_MAX,
  MESSAGE_ACTION_ROWS_MAX,
  MESSAGE_COMMANDS_PER_SCOPE_MAX,
  MESSAGE_CONTENT_MAX,
} from '../../src/render/limits';

type Json = Record<string, unknown>;

/** The request schemas of `discord-api-spec` the checks use, by name (the schema worker knows them by it). */
export const SCHEMAS = Object.freeze({
  ApplicationCommandAutocompleteCallbackRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  ModalInteractionCallbackRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
});
export type SchemaName = keyof typeof SCHEMAS;

/** What a body must pass: schemas (by name, with where to report) and the problems of the other rules. */
export interface Checks {
  readonly schemas: readonly (readonly [SchemaName, string])[];
  readonly problems: readonly string[];
}

/** Runs the schema checks of `checks` here and now, then adds the other problems. */
export function runChecks(checks: Checks, body: unknown): string[] {
  return [
    ...checks.schemas.flatMap(([name, where]) => schemaProblems(SCHEMAS[name], body, where)),
    ...checks.problems,
  ];
}

/** Interaction types as Discord numbers them. */
export const INTERACTION_TYPES = Object.freeze({
  ping: 1,
  command: 2,
  component: 3,
  autocomplete: 4,
  modal: 5,
});

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One problem zod found in a body (what the schema worker sends back). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly maximum?: unknown;
}

/** Schema issues in the words the fake reports them. */
export function issueProblems(issues: readonly SchemaIssue[], where: string): string[] {
  return issues.map(
    (issue) =>
      `${where}: ${issue.path.map(String).join('.') || '(body)'}: ${issue.code ?? ''} ${issue.message}${issue.maximum !== undefined ? ` (max ${String(issue.maximum)})` : ''}`,
  );
}

/** Discord's 400 problems for `body` under one schema, in the words the fake reports them. */
export function schemaProblems(
  schema: {
    safeParse(input: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
  },
  body: unknown,
  where: string,
): string[] {
  const result = schema.safeParse(body);
  return result.success ? [] : issueProblems(result.error?.issues ?? [], where);
}

/** Characters of all embeds of a message, as Discord counts them against 6000. */
export function embedsCharacters(embeds: unknown): number {
  let total = 0;
  for (const embed of asArray(embeds)) {
    if (!isObject(embed)) continue;
    total += text(embed.title).length + text(embed.description).length;
    if (isObject(embed.footer)) total += text(embed.footer.text).length;
    if (isObject(embed.author)) total += text(embed.author.name).length;
    for (const field of asArray(embed.fields)) {
      if (isObject(field)) total += text(field.name).length + text(field.value).length;
    }
  }
  return total;
}

/** Rules on a message body that the schema lacks. `creating`: a new message must not be empty. */
export function messageRules(data: unknown, where: string, creating: boolean): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return creating ? [`${where}: a message needs data`] : [];
  const content = text(data.content);
  if (content.length > MESSAGE_CONTENT_MAX)
    problems.push(`${where}: content has ${content.length} characters`);
  const characters = embedsCharacters(data.embeds);
  if (characters > EMBEDS_TOTAL_CHARACTERS_MAX)
    problems.push(`${where}: embeds have ${characters} characters (max 6000)`);
  for (const [i, embed] of asArray(data.embeds).entries()) {
    if (!isObject(embed)) continue;
    for (const [j, field] of asArray(embed.fields).entries()) {
      if (isObject(field) && (text(field.name).trim() === '' || text(field.value).trim() === '')) {
        problems.push(`${where}: embeds.${i}.fields.${j}: field name and value must not be empty`);
      }
    }
  }
  const rows = asArray(data.components);
  if (rows.length > MESSAGE_ACTION_ROWS_MAX) problems.push(`${where}: ${rows.length} action rows (max 5)`);
  const ids = new Set<string>();
  for (const row of rows) {
    if (!isObject(row)) continue;
    const components = asArray(row.components);
    if (components.length > ACTION_ROW_BUTTONS_MAX)
      problems.push(`${where}: a row has ${components.length} components`);
    for (const component of components) {
      if (!isObject(component)) continue;
      const id = component.custom_id;
      if (component.style !== 5 && typeof id !== 'string')
        problems.push(`${where}: a button without custom_id`);
      if (typeof id === 'string') {
        if (id.length > CUSTOM_ID_MAX) problems.push(`${where}: custom_id of ${id.length} characters`);
        if (ids.has(id)) problems.push(`${where}: duplicate custom_id "${id}"`);
        ids.add(id);
      }
    }
  }
  if (creating && !content && asArray(data.embeds).length === 0 && rows.length === 0) {
    problems.push(`${where}: cannot send an empty message (50006)`);
  }
  return problems;
}

/**
 * Checks an interaction callback body against the interaction it answers: the callback type must
 * suit the interaction type (autocomplete → 8; commands → 4, 5 or 9; components → 4–7 or 9).
 */
export function checkInteractionCallback(body: unknown, interactionType: number): string[] {
  return runChecks(interactionCallbackChecks(body, interactionType), body);
}

/** The checks of {@link checkInteractionCallback}, with the schema checks left to the caller. */
export function interactionCallbackChecks(body: unknown, interactionType: number): Checks {
  if (!isObject(body)) return { schemas: [], problems: ['callback: body is not a JSON object'] };
  const type = body.type;
  const allowed: Record<number, readonly number[]> = {
    [INTERACTION_TYPES.command]: [4, 5, 9],
    [INTERACTION_TYPES.component]: [4, 5, 6, 7, 9],
    [INTERACTION_TYPES.autocomplete]: [8],
    [INTERACTION_TYPES.modal]: [4, 5, 6, 7],
  };
  if (typeof type !== 'number' || !(allowed[interactionType] ?? []).includes(type)) {
    return {
      schemas: [],
      problems: [`callback: type ${String(type)} is not valid for interaction type ${interactionType}`],
    };
  }
  if (type === 4 || type === 5) {
    return {
      schemas: [['CreateMessageInteractionCallbackRequestSchema', 'callback']],
      problems: type === 4 ? messageRules(body.data, 'callback.data', true) : [],
    };
  }
  if (type === 6 || type === 7) {
    return {
      schemas: [['UpdateMessageInteractionCallbackRequestSchema', 'callback']],
      problems: messageRules(body.data, 'callback.data', false),
    };
  }
  if (type === 8) {
    const problems: string[] = [];
    const choices = isObject(body.data) ? asArray(body.data.choices) : [];
    if (choices.length > AUTOCOMPLETE_CHOICES_MAX)
      problems.push(`autocomplete: ${choices.length} choices (max 25)`);
    for (const choice of choices) {
      const name = isObject(choice) ? text(choice.name) : '';
      if (name.length < 1 || name.length > CHOICE_NAME_MAX)
        problems.push(`autocomplete: choice name of ${name.length} characters`);
    }
    return { schemas: [['ApplicationCommandAutocompleteCallbackRequestSchema', 'autocomplete']], problems };
  }
  return { schemas: [['ModalInteractionCallbackRequestSchema', 'modal']], problems: [] };
}

/** Checks the body of an edit of an interaction's message (`PATCH …/messages/@original`). */
export function checkWebhookEdit(body: unknown): string[] {
  return [
    ...schemaProblems(IncomingWebhookUpdateRequestPartialSchema, body, 'edit'),
    ...messageRules(body, 'edit', false),
  ];
}

/** Checks the body of a follow-up message (`POST /webhooks/{app}/{token}`). */
export function checkFollowUp(body: unknown): string[] {
  return [
    ...schemaProblems(IncomingWebhookRequestPartialSchema, body, 'follow-up'),
    ...messageRules(body, 'follow-up', true),
  ];
}

/** Checks the body of a channel message (`POST /channels/{id}/messages`), e.g. an announcement. */
export function checkChannelMessage(body: unknown): string[] {
  return [
    ...schemaProblems(MessageCreateRequestSchema, body, 'message'),
    ...messageRules(body, 'message', true),
  ];
}

/** Checks the body of a bulk overwrite of application commands. */
export function checkCommandsBulk(body: unknown): string[] {
  if (!Array.isArray(body)) return ['commands: the body must be an array'];
  const problems: string[] = [];
  const names = new Set<string>();
  let chat = 0;
  let message = 0;
  for (const [i, command] of body.entries()) {
    problems.push(...schemaProblems(ApplicationCommandCreateRequestSchema, command, `commands.${i}`));
    if (!isObject(command)) continue;
    const type = command.type ?? 1;
    const name = text(command.name);
    const key = `${String(type)}:${name}`;
    if (names.has(key)) problems.push(`commands.${i}: duplicate name "${name}"`);
    names.add(key);
    if (type === 1) {
      chat += 1;
      if (!CHAT_COMMAND_NAME_PATTERN.test(name))
        problems.push(`commands.${i}: "${name}" is not a valid slash-command name`);
      const description = text(command.description);
      if (description.length < 1 || description.length > COMMAND_DESCRIPTION_MAX) {
        problems.push(`commands.${i}: description of ${description.length} characters`);
      }
      let optionalSeen = false;
      const optionNames = new Set<string>();
      for (const option of asArray(command.options)) {
        if (!isObject(option)) continue;
        const optionName = text(option.name);
        if (!CHAT_COMMAND_NAME_PATTERN.test(optionName))
          problems.push(`commands.${i}: option "${optionName}" has an invalid name`);
        if (optionNames.has(optionName)) problems.push(`commands.${i}: option "${optionName}" twice`);
        optionNames.add(optionName);
        if (option.required === true && optionalSeen)
          problems.push(`commands.${i}: required option "${optionName}" after an optional one`);
        if (option.required !== true) optionalSeen = true;
        if (option.autocomplete === true && option.type !== 3 && option.type !== 4 && option.type !== 10) {
          problems.push(`commands.${i}: option "${optionName}" cannot autocomplete`);
        }
      }
    } else if (type === 3 || type === 2) {
      message += 1;
      if (text(command.description) !== '')
        problems.push(`commands.${i}: context-menu commands take no description`);
      if (asArray(command.options).length > 0)
        problems.push(`commands.${i}: context-menu commands take no options`);
    }
  }
  if (chat > CHAT_COMMANDS_PER_SCOPE_MAX) problems.push(`commands: ${chat} slash commands (max 100)`);
  if (message > MESSAGE_COMMANDS_PER_SCOPE_MAX)
    problems.push(`commands: ${message} message commands (max 5)`);
  return problems;
}

/** The house rule on top of Discord's: no reply may parse mentions from text. */
export function mentionProblems(data: unknown, where: string): string[] {
  if (!isObject(data)) return [];
  const allowed = data.allowed_mentions;
  if (!isObject(allowed))
    return [`${where}: no allowed_mentions (Discord would parse @everyone and mentions)`];
  const parse = asArray(allowed.parse);
  const problems =
    parse.length > 0 ? [`${where}: allowed_mentions.parse is ${JSON.stringify(parse)}, must be []`] : [];
  if (isObject(data.message_reference) && allowed.replied_user !== false) {
    problems.push(
      `${where}: a reply without allowed_mentions.replied_user: false pings the replied-to author`,
    );
  }
  return problems;
}
