/**
 * Hostile input on the button paths: the "Back"/"More" and "Show ¶N" buttons of answers to
 * hostile arguments (clicked by the asker, by someone else, and too late), and forged custom_ids.
 */
import fc from 'fast-check';
import { REPLY_TEXTS } from '../../src/render/reply';
import { hostileText } from './arbitraries';
import { commandArgs } from './command-args';
import { ASKER, customIds, DiscordPath, knowledge, SOMEONE_ELSE, Timings } from './discord-path';
import { sentProblems } from './reply-checks';

const RUNS = 500;
const P99_MS = 100;
const MAX_MS = 1_500;
/** Page buttons work for 15 minutes. */
const TOO_LATE_MS = 16 * 60_000;

const { registry } = knowledge();
const chatCommands = registry.commands.filter((c) => c.type !== 'message');
const timings = new Timings();

afterAll(() => console.log(timings.summary('hostile buttons')));

/** Clicks one button and checks what the bot sent back. */
async function click(path: DiscordPath, id: string, user: string) {
  const routed = await path.button(id, user);
  timings.add(routed.ms);
  expect(routed.faults).toEqual([]);
  expect(sentProblems(routed.sent)).toEqual([]);
  expect(routed.sent[0]?.body?.embeds?.[0]?.title).not.toBe(REPLY_TEXTS.faultTitle);
  expect(routed.ms).toBeLessThan(MAX_MS);
  return routed.sent[0]!;
}

describe('buttons of answers to hostile arguments', () => {
  it('answers every button click (asker, someone else, too late) with a body Discord accepts', async () => {
    const path = new DiscordPath();
    let pageTurns = 0;
    let paragraphs = 0;
    const argsOf = fc
      .constantFrom(...chatCommands)
      .chain((spec) => commandArgs(spec).map((args) => ({ spec, args })));
    await fc.assert(
      fc.asyncProperty(argsOf, async ({ spec, args }) => {
        const first = await path.command(spec.name, args);
        expect(sentProblems(first.sent, args.mention)).toEqual([]);
        for (const id of customIds(first.sent[0]?.body)) {
          const mine = await click(path, id, ASKER);
          if (id.startsWith('pg|')) {
            expect(mine.how).toBe('update');
            pageTurns += 1;
            const theirs = await click(path, id, SOMEONE_ELSE);
            expect(theirs.how).toBe('reply');
            expect(theirs.body?.flags).toBe(64);
          } else {
            expect(mine.how).toBe('reply');
            expect(mine.body?.flags).toBe(64);
            paragraphs += 1;
          }
        }
        path.advance(TOO_LATE_MS);
        for (const id of customIds(first.sent[0]?.body).filter((i) => i.startsWith('pg|'))) {
          const late = await click(path, id, ASKER);
          expect(late.body?.components).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`buttons: ${pageTurns} page turns and ${paragraphs} paragraphs shown`);
    expect(pageTurns).toBeGreaterThan(0);
    expect(paragraphs).toBeGreaterThan(0);
  });
});

describe('forged custom_ids', () => {
  const number = fc.oneof(fc.nat(40).map(String), hostileText);
  const forged = fc.oneof(
    hostileText,
    fc.tuple(number, hostileText).map(([n, slug]) => `sp|${n}|${slug}`),
    fc
      .tuple(
        number,
        fc.constantFrom(...chatCommands.map((c) => c.name)),
        fc.array(hostileText, { maxLength: 4 }),
      )
      .map(([page, command, rest]) => ['pg', page, ASKER, 'issued', command, ...rest].join('|')),
    fc
      .tuple(
        fc.nat(5),
        hostileText,
        fc.constantFrom('question=s', 'quote=s', 'speaker=s', 'hide=b', 'briefing=s', 'zqx=n'),
      )
      .map(([page, value, name]) => ['pg', page, ASKER, 'issued', 'ask', `${name}${value}`].join('|')),
    fc.nat(10_000).map((key) => `pg|0|${ASKER}|issued|ask|@${key.toString(36)}`),
  );

  it('answers any custom_id with a notice, an answer or a user error, never a fault', async () => {
    const path = new DiscordPath();
    await fc.assert(
      fc.asyncProperty(forged, async (template) => {
        // A recent issue time, so that forged page turns reach the command.
        const issued = Math.floor((Date.UTC(2025, 11, 10, 12) + 1000) / 1000).toString(36);
        const id = template.replace('|issued|', `|${issued}|`).slice(0, 100);
        await click(path, id, ASKER);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps p99 of every click under 100 ms', () => {
    expect(timings.quantile(0.99)).toBeLessThan(P99_MS);
  });
});
