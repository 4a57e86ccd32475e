/**
 * The buttons under an answer: "Back" / "More" to turn pages (state in the custom_id) and one
 * "¶N" button per cited paragraph of the page, which shows the whole paragraph privately.
 */
import type { APIActionRowComponent, APIButtonComponent, APIComponentInMessageActionRow } from 'discord.js';
import type { Citation } from '../answer/types';
import type { CommandArgs } from '../commands/types';
import { ACTION_ROW_BUTTONS_MAX, BUTTON_LABEL_MAX } from '../render/limits';
import {
  type ArgsStore,
  encodePageState,
  encodeParagraphState,
  encodePublishState,
  isParagraphButton,
  isPublishButton,
} from './custom-id';

/** Discord's numbers for components and button styles. */
const ACTION_ROW = 1;
const BUTTON = 2;
const STYLE_PRIMARY = 1;
const STYLE_SECONDARY = 2;

/** Labels of the buttons. */
export const BUTTON_LABELS = Object.freeze({
  back: '◀ Back',
  more: 'More ▶',
  paragraph: (n: number) => `Show ¶${n}`,
  publish: 'Post in channel',
});

/** Options that never go into page state: they shape the first reply only. */
const FIRST_REPLY_ONLY = new Set(['hide', 'mention']);

/** Where a page sits and how to re-run its command. */
export interface PageContext {
  readonly command: string;
  readonly args: CommandArgs;
  /** 0-based page shown. */
  readonly page: number;
  readonly pageCount: number;
  /** The user who asked. */
  readonly user: string;
  /** When the answer was first given, in seconds since the epoch. */
  readonly issued: number;
  readonly citations: readonly Citation[];
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The action rows for one page (none when there is nothing to click). */
export function pageComponents(context: PageContext, store?: ArgsStore): Row[] {
  const rows: Row[] = [];
  const args = Object.fromEntries(
    Object.entries(context.args).filter(([name]) => !FIRST_REPLY_ONLY.has(name)),
  );
  const state = (page: number) =>
    encodePageState(
      { page, user: context.user, issued: context.issued, command: context.command, args },
      store,
    );
  const paging: APIButtonComponent[] = [];
  if (context.pageCount > 1) {
    const back = context.page > 0 ? state(context.page - 1) : undefined;
    const more = context.page < context.pageCount - 1 ? state(context.page + 1) : undefined;
    if (back) paging.push(button(back, BUTTON_LABELS.back, STYLE_SECONDARY));
    if (more) paging.push(button(more, BUTTON_LABELS.more, STYLE_PRIMARY));
  }
  if (paging.length > 0) rows.push({ type: ACTION_ROW, components: paging });
  const show: APIButtonComponent[] = [];
  for (const citation of context.citations) {
    if (show.length >= ACTION_ROW_BUTTONS_MAX) break;
    const id = encodeParagraphState(citation.article, citation.paragraph);
    if (id) show.push(button(id, BUTTON_LABELS.paragraph(citation.paragraph), STYLE_SECONDARY));
  }
  if (show.length > 0) rows.push({ type: ACTION_ROW, components: show });
  return rows;
}

/**
 * The row with the "Post in channel" button under a private check of a message, or undefined
 * when the ids cannot be encoded. Only `asker` may use it.
 */
export function publishRow(asker: string, targetMessageId: string): Row | undefined {
  const id = encodePublishState(asker, targetMessageId);
  return id
    ? { type: ACTION_ROW, components: [button(id, BUTTON_LABELS.publish, STYLE_PRIMARY)] }
    : undefined;
}

/** Keeps only the buttons for which `keep(custom_id)` holds; rows left empty are dropped. */
function filterButtons(rows: readonly unknown[], keep: (customId: string) => boolean): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const components = (row as { components?: unknown }).components;
    if (!Array.isArray(components)) continue;
    const kept = components.filter(
      (c: { custom_id?: unknown }) => typeof c.custom_id === 'string' && keep(c.custom_id),
    );
    if (kept.length > 0) out.push({ type: ACTION_ROW, components: kept as APIButtonComponent[] });
  }
  return out;
}

/** The buttons of a message that anyone may use on a public copy of it ("Show ¶N"). */
export function publicButtons(rows: readonly unknown[]): Row[] {
  return filterButtons(rows, isParagraphButton);
}

/** A message's buttons without the "Post in channel" one (after the check was posted). */
export function withoutPublishButton(rows: readonly unknown[]): Row[] {
  return filterButtons(rows, (id) => !isPublishButton(id));
}

function button(
  customId: string,
  label: string,
  style: typeof STYLE_PRIMARY | typeof STYLE_SECONDARY,
): APIButtonComponent {
  return {
    type: BUTTON,
    style,
    label: label.slice(0, BUTTON_LABEL_MAX),
    custom_id: customId,
  } as APIButtonComponent;
}
