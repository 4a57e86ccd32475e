/** A message as Discord's API returns it: the fields the tests set, and the rest at their defaults. */
export function channelMessageJson(message: {
  id: string;
  channel_id: string;
  author: Record<string, unknown>;
  content: string;
}): Record<string, unknown> & { id: string } {
  return {
    ...message,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
}
