import { Cooldown, CooldownOptionError, COOLDOWN_DEFAULTS } from '../../src/discord/cooldown';
import { CONFIG_DEFAULTS, loadConfig } from '../../src/config';
import { cooldownReply, REPLY_TEXTS } from '../../src/render/reply';
import { checkInteractionCallback, INTERACTION_TYPES, mentionProblems } from '../e2e/discord-rules';

const ALICE = '111111111111111111';
const BOB = '222222222222222222';
/** 2025-12-10 12:00:00 UTC, in ms. */
const NOON = Date.UTC(2025, 11, 10, 12);

/** A cooldown on a clock the test moves by hand. */
function withClock(seconds: number, options: { maxUsers?: number } = {}) {
  let now = NOON;
  const cooldown = new Cooldown({ seconds, now: () => now, ...options });
  return { cooldown, advance: (ms: number) => (now += ms) };
}

describe('Cooldown', () => {
  it('lets a user run one command, then answers the next within the cooldown with "try again <t:…:R>"', () => {
    const { cooldown, advance } = withClock(3);
    expect(cooldown.take(ALICE)).toBeUndefined();
    advance(1_200);
    const reply = cooldown.take(ALICE);
    expect(reply).toEqual({
      embeds: [
        {
          title: 'One moment',
          description: `You are sending commands quickly. Try again <t:${NOON / 1000 + 3}:R>.`,
          color: 0x2f80ed,
        },
      ],
      components: [],
      allowed_mentions: { parse: [] },
      flags: 64,
    });
    expect(cooldown.remainingMs(ALICE)).toBe(1_800);
  });

  it('lets the user run the next command once the cooldown has passed', () => {
    const { cooldown, advance } = withClock(3);
    cooldown.take(ALICE);
    advance(2_999);
    expect(cooldown.take(ALICE)).toBeDefined();
    advance(1);
    expect(cooldown.take(ALICE)).toBeUndefined();
  });

  it('does not extend the wait when the user tries again early', () => {
    const { cooldown, advance } = withClock(3);
    cooldown.take(ALICE);
    for (let i = 0; i < 5; i++) {
      advance(500);
      expect(cooldown.take(ALICE)).toBeDefined();
    }
    advance(500);
    expect(cooldown.take(ALICE)).toBeUndefined();
  });

  it('keeps a cooldown per user: one user waiting does not hold up another', () => {
    const { cooldown, advance } = withClock(3);
    expect(cooldown.take(ALICE)).toBeUndefined();
    advance(100);
    expect(cooldown.take(BOB)).toBeUndefined();
    expect(cooldown.take(ALICE)).toBeDefined();
    expect(cooldown.take(BOB)).toBeDefined();
  });

  it('exempts autocomplete and, by default, buttons', () => {
    const { cooldown } = withClock(3);
    expect(cooldown.take(ALICE, 'command')).toBeUndefined();
    for (let i = 0; i < 20; i++) {
      expect(cooldown.take(ALICE, 'autocomplete')).toBeUndefined();
      expect(cooldown.take(ALICE, 'button')).toBeUndefined();
    }
    expect(cooldown.take(ALICE, 'command')).toBeDefined();
    expect(COOLDOWN_DEFAULTS.charged).toEqual(['command']);
  });

  it('charges buttons too when told to', () => {
    let now = NOON;
    const cooldown = new Cooldown({ seconds: 2, now: () => now, charged: ['command', 'button'] });
    expect(cooldown.take(ALICE, 'button')).toBeUndefined();
    expect(cooldown.take(ALICE, 'command')).toBeDefined();
    now += 2_000;
    expect(cooldown.take(ALICE, 'command')).toBeUndefined();
  });

  it('does nothing with 0 seconds (turned off) and remembers nobody', () => {
    const { cooldown } = withClock(0);
    expect(cooldown.enabled).toBe(false);
    for (let i = 0; i < 10; i++) expect(cooldown.take(ALICE)).toBeUndefined();
    expect(cooldown.size).toBe(0);
  });

  it('rounds the retry time up to the next whole second, so the user is never told too early', () => {
    const { cooldown, advance } = withClock(1.5);
    cooldown.take(ALICE);
    advance(10);
    const description = cooldown.take(ALICE)?.embeds?.[0]?.description;
    expect(description).toContain(`<t:${NOON / 1000 + 2}:R>`);
  });

  it('forgets users whose cooldown has passed: memory stays bounded by the users of the last seconds', () => {
    const { cooldown, advance } = withClock(3);
    for (let i = 0; i < 10_000; i++) {
      advance(1);
      cooldown.take(`user${i}`);
    }
    // 10 s of traffic at 1,000 users per second: only the last 3 s are remembered.
    expect(cooldown.size).toBe(3_000);
    advance(3_000);
    expect(cooldown.size).toBe(0);
  });

  it('caps the users remembered during a flood, forgetting the oldest first', () => {
    const { cooldown } = withClock(60, { maxUsers: 100 });
    for (let i = 0; i < 1_000; i++) cooldown.take(`user${i}`);
    expect(cooldown.size).toBe(100);
    expect(cooldown.take('user999')).toBeDefined();
    expect(cooldown.take('user0')).toBeUndefined();
  });

  it('is built from the configuration (COOLDOWN_SECONDS, default 3 s)', () => {
    let now = NOON;
    const cooldown = Cooldown.fromConfig(loadConfig({}), () => now);
    expect(CONFIG_DEFAULTS.cooldownSeconds).toBe(3);
    cooldown.take(ALICE);
    now += 2_999;
    expect(cooldown.take(ALICE)).toBeDefined();
    const off = Cooldown.fromConfig(loadConfig({ COOLDOWN_SECONDS: '0' }));
    expect(off.enabled).toBe(false);
  });

  it('rejects a negative or non-numeric number of seconds and a bad maxUsers, naming the option', () => {
    expect(() => new Cooldown({ seconds: -1 })).toThrow(CooldownOptionError);
    expect(() => new Cooldown({ seconds: Number.NaN })).toThrow(/seconds must be a number of 0 or more/);
    expect(() => new Cooldown({ seconds: 3, maxUsers: 0 })).toThrow(/maxUsers/);
  });
});

describe('cooldownReply', () => {
  it('is a reply Discord accepts, private, pinging nobody', () => {
    const body = cooldownReply(NOON / 1000 + 3);
    expect(checkInteractionCallback({ type: 4, data: body }, INTERACTION_TYPES.command)).toEqual([]);
    expect(mentionProblems(body, 'cooldown')).toEqual([]);
    expect(body.flags).toBe(64);
    expect(body.embeds?.[0]?.title).toBe(REPLY_TEXTS.cooldownTitle);
  });

  it('never writes a broken timestamp, even for a nonsense time', () => {
    expect(cooldownReply(Number.NaN).embeds?.[0]?.description).toContain('<t:0:R>');
    expect(cooldownReply(-5).embeds?.[0]?.description).toContain('<t:0:R>');
  });
});
