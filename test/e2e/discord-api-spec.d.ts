/**
 * The few schemas of `discord-api-spec/zod` the fake Discord uses (the package ships them as
 * untyped ESM JavaScript). Each is a zod mini schema; only `safeParse` is needed here.
 */
declare module 'discord-api-spec/zod' {
  interface SchemaIssue {
    readonly path: readonly PropertyKey[];
    readonly message: string;
    readonly code?: string;
    readonly maximum?: unknown;
  }
  interface Schema {
    safeParse(input: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
  }
  export const CreateMessageInteractionCallbackRequestSchema: Schema;
  export const UpdateMessageInteractionCallbackRequestSchema: Schema;
  export const ApplicationCommandAutocompleteCallbackRequestSchema: Schema;
  export const ModalInteractionCallbackRequestSchema: Schema;
  export const IncomingWebhookUpdateRequestPartialSchema: Schema;
  export const IncomingWebhookRequestPartialSchema: Schema;
  export const IncomingWebhookInteractionRequestSchema: Schema;
  export const ApplicationCommandCreateRequestSchema: Schema;
  export const MessageCreateRequestSchema: Schema;
}
