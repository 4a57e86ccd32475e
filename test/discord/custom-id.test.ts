import {
  ArgsStore,
  decodeButtonState,
  encodePageState,
  encodeParagraphState,
  encodePublishState,
} from '../../src/discord/custom-id';
import { pageComponents } from '../../src/discord/components';
import { CUSTOM_ID_MAX } from '../../src/render/limits';

const USER = '123456789012345678';
const ISSUED = 1765400000;

describe('button state in custom_id', () => {
  it('round-trips a page turn with typed arguments', () => {
    const id = encodePageState({
      page: 2,
      user: USER,
      issued: ISSUED,
      command: 'ask',
      args: { question: 'a|b%c=d', n: 3, x: true },
    });
    expect(id).toBe(`pg|2|${USER}|${ISSUED.toString(36)}|ask|question=sa%7Cb%25c=d|n=n3|x=b1`);
    expect(decodeButtonState(id!)).toEqual({
      kind: 'page',
      page: 2,
      user: USER,
      issued: ISSUED,
      command: 'ask',
      args: { question: 'a|b%c=d', n: 3, x: true },
    });
  });

  it('parks arguments that do not fit and expires them when the store forgets', () => {
    const store = new ArgsStore(1);
    const question =
      'What did the Turkish security sources say about the troops being sent to Gaza to join the ISF?';
    const id = encodePageState(
      { page: 1, user: USER, issued: ISSUED, command: 'ask', args: { question } },
      store,
    )!;
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(id.endsWith('|@1')).toBe(true);
    expect(decodeButtonState(id, store)).toMatchObject({ kind: 'page', args: { question } });
    store.put({ other: 'x' });
    expect(decodeButtonState(id, store)).toBe('expired');
    expect(
      encodePageState({ page: 1, user: USER, issued: ISSUED, command: 'ask', args: { question } }),
    ).toBeUndefined();
  });

  it('round-trips "Show paragraph"', () => {
    expect(encodeParagraphState('seed-gaza-isf', 14)).toBe('sp|14|seed-gaza-isf');
    expect(decodeButtonState('sp|14|seed-gaza-isf')).toEqual({
      kind: 'paragraph',
      article: 'seed-gaza-isf',
      paragraph: 14,
    });
    expect(encodeParagraphState('s'.repeat(98), 14)).toBeUndefined();
  });

  it('calls anything else unknown', () => {
    for (const id of ['', 'xx|1', 'pg|a|b|c|d', 'sp|0|x', 'pg|1|u|zz|ask|novalue', 'pg|1|u|zz|ask|k=q1']) {
      expect(decodeButtonState(id)).toBe('unknown');
    }
  });
});

describe('page buttons', () => {
  const citation = { article: 'seed-gaza-isf', title: 'T', paragraph: 14 };
  const context = {
    command: 'quotes',
    args: { speaker: 'Hakan Fidan', hide: true, mention: USER },
    user: USER,
    issued: ISSUED,
    citations: [citation],
  };

  it('offers More on the first page, Back and More in the middle, Back on the last', () => {
    const labels = (page: number) =>
      pageComponents({ ...context, page, pageCount: 3 }).map((row) =>
        row.components.map((c) => ('label' in c ? c.label : '')),
      );
    expect(labels(0)).toEqual([['More ▶'], ['Show ¶14']]);
    expect(labels(1)).toEqual([['◀ Back', 'More ▶'], ['Show ¶14']]);
    expect(labels(2)).toEqual([['◀ Back'], ['Show ¶14']]);
  });

  it('leaves hide and mention out of the page state', () => {
    const [row] = pageComponents({ ...context, page: 0, pageCount: 2 });
    const id = (row?.components[0] as { custom_id: string }).custom_id;
    expect(decodeButtonState(id)).toMatchObject({ page: 1, args: { speaker: 'Hakan Fidan' } });
    expect(id).not.toContain('hide');
  });

  it('has only the paragraph buttons on a single page', () => {
    expect(pageComponents({ ...context, page: 0, pageCount: 1 })).toHaveLength(1);
  });
});

describe('"Post in channel" state in custom_id', () => {
  const MESSAGE = '223456789012345678';
  it('round-trips the asker and the checked message', () => {
    const id = encodePublishState(USER, MESSAGE);
    expect(id).toBe(`pc|${USER}|${MESSAGE}`);
    expect(decodeButtonState(id!)).toEqual({ kind: 'publish', user: USER, message: MESSAGE });
  });

  it('encodes only snowflakes, and reads anything else back as unknown', () => {
    expect(encodePublishState('me', MESSAGE)).toBeUndefined();
    expect(encodePublishState(USER, '1|2')).toBeUndefined();
    for (const id of [`pc|${USER}`, `pc|${USER}|x`, `pc||${MESSAGE}`, `pc|${USER}|${MESSAGE}|`]) {
      expect(decodeButtonState(id)).toBe('unknown');
    }
  });
});
