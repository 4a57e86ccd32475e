import {
  adaptInteraction,
  canManageServer,
  deferralFor,
  optionArgs,
  readEnvelope,
} from '../../src/http/adapt';

const noAnswer = {
  reply: () => Promise.resolve(),
  update: () => Promise.resolve(),
  respond: () => Promise.resolve(),
};

const base = { id: '11', application_id: '22', token: 'tok', version: 1 };

describe('readEnvelope', () => {
  it('reads the member of a guild interaction and the user of a DM', () => {
    expect(readEnvelope({ ...base, type: 2, member: { user: { id: '33' } } })?.userId).toBe('33');
    expect(readEnvelope({ ...base, type: 2, user: { id: '44' } })?.userId).toBe('44');
  });

  it('refuses bodies that are not interactions', () => {
    expect(readEnvelope({ hello: 'world' })).toBeUndefined();
    expect(readEnvelope([1, 2])).toBeUndefined();
    expect(readEnvelope({ ...base, type: '2' })).toBeUndefined();
  });
});

describe('optionArgs', () => {
  it('gives strings, booleans, numbers and user ids, and flattens subcommands', () => {
    expect(
      optionArgs([
        { name: 'quote', type: 3, value: 'huge failure' },
        { name: 'hide', type: 5, value: true },
        { name: 'mention', type: 6, value: '7234567890123456789' },
        { name: 'sub', type: 1, options: [{ name: 'count', type: 4, value: 3 }] },
      ]),
    ).toEqual({ quote: 'huge failure', hide: true, mention: '7234567890123456789', count: 3 });
  });

  it('ignores anything malformed', () => {
    expect(optionArgs('nope')).toEqual({});
    expect(optionArgs([null, { type: 3, value: 'x' }, { name: 'n', type: 3, value: { a: 1 } }])).toEqual({});
  });
});

describe('adaptInteraction', () => {
  const envelope = (type: number, data: Record<string, unknown>) =>
    readEnvelope({ ...base, type, data, member: { user: { id: '33' } } })!;

  it('reads a slash command', () => {
    const interaction = adaptInteraction(
      envelope(2, {
        name: 'who-said',
        type: 1,
        options: [{ name: 'quote', type: 3, value: 'huge failure' }],
      }),
      noAnswer,
    );
    expect(interaction).toMatchObject({
      kind: 'command',
      commandName: 'who-said',
      userId: '33',
      args: { quote: 'huge failure' },
    });
    expect(deferralFor(interaction!)).toEqual({ kind: 'message', ephemeral: false });
  });

  it('reads a message command with the text of its target message, answered privately by default', () => {
    const interaction = adaptInteraction(
      envelope(2, {
        name: 'Who said this?',
        type: 3,
        target_id: '55',
        resolved: { messages: { '55': { id: '55', content: 'Fidan called it a "huge failure"' } } },
      }),
      noAnswer,
    );
    expect(interaction).toMatchObject({
      kind: 'command',
      fromMessage: true,
      args: { message: 'Fidan called it a "huge failure"' },
    });
    expect(deferralFor(interaction!)).toEqual({ kind: 'message', ephemeral: true });
  });

  it('reads the focused option of an autocomplete request, which is never deferred', () => {
    const interaction = adaptInteraction(
      envelope(4, {
        name: 'quotes',
        type: 1,
        options: [
          { name: 'speaker', type: 3, value: 'Fid', focused: true },
          { name: 'hide', type: 5, value: true },
        ],
      }),
      noAnswer,
    );
    expect(interaction).toMatchObject({ kind: 'autocomplete', focused: { name: 'speaker', value: 'Fid' } });
    expect(deferralFor(interaction!)).toEqual({ kind: 'never' });
  });

  it('reads a button click, deferred as an update of its message', () => {
    const interaction = adaptInteraction(
      envelope(3, { custom_id: 'sp|14|gaza', component_type: 2 }),
      noAnswer,
    );
    expect(interaction).toMatchObject({ kind: 'button', customId: 'sp|14|gaza', userId: '33' });
    expect(deferralFor(interaction!)).toEqual({ kind: 'update' });
  });

  it('leaves alone what the bot does not handle: user commands, select menus, modals', () => {
    expect(
      adaptInteraction(envelope(2, { name: 'Profile', type: 2, target_id: '1' }), noAnswer),
    ).toBeUndefined();
    expect(adaptInteraction(envelope(3, { custom_id: 'menu', component_type: 3 }), noAnswer)).toBeUndefined();
    expect(adaptInteraction(envelope(5, { custom_id: 'form' }), noAnswer)).toBeUndefined();
  });
});

describe('canManageServer', () => {
  it('is true with Manage Server (1 << 5) or Administrator (1 << 3), false otherwise', () => {
    expect(canManageServer('32')).toBe(true);
    expect(canManageServer('8')).toBe(true);
    expect(canManageServer('2248473465835073')).toBe(false);
    expect(canManageServer((2248473465835073n | 32n).toString())).toBe(true);
  });

  it('is false in DMs and for anything unreadable', () => {
    expect(canManageServer(undefined)).toBe(false);
    expect(canManageServer('all')).toBe(false);
    expect(canManageServer('-32')).toBe(false);
  });
});
