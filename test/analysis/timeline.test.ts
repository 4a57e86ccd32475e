import { briefingSentences } from '../../src/analysis/analyse';
import { extractEvents } from '../../src/analysis/timeline';
import type { Statement } from '../../src/analysis/types';
import { loadKnowledge } from '../../src/knowledge/load';
import { join } from 'node:path';
import { seedBriefing, seedWithGold } from '../briefs/seed-with-gold';

describe('extractEvents', () => {
  it('finds one event per time phrase of the seed, with dates resolved from 2025-12-10', () => {
    const events = seedWithGold().events.map((e) => `¶${e.paragraph} ${e.phrase} → ${e.date ?? '?'}`);
    expect(events).toEqual([
      '¶1 before the end of the year → 2025-12',
      '¶1 on Tuesday night → 2025-12-09',
      '¶1 at the start of 2026 → 2026-01',
      '¶4 after Christmas → 2025-12-25',
      '¶5 recently → ?',
      '¶7 On Tuesday → 2025-12-09',
      '¶9 Last month → 2025-11',
      '¶10 On Saturday → 2025-12-06',
      '¶18 on Tuesday → 2025-12-09',
      '¶20 on Saturday → 2025-12-06',
      '¶21 On Sunday → 2025-12-07',
    ]);
  });

  it('names who said it when the phrase dates a statement, sits in its words or in the sentence of its only statement', () => {
    const bySpeaker = seedWithGold().events.map((e) => `${e.phrase}: ${e.speaker ?? '-'}`);
    expect(bySpeaker).toEqual([
      'before the end of the year: -',
      'on Tuesday night: U.S. official',
      'at the start of 2026: U.S. official',
      'after Christmas: -',
      'recently: Benjamin Netanyahu',
      'On Tuesday: Turkish security sources',
      'Last month: Kan News',
      'On Saturday: Hakan Fidan',
      'on Tuesday: Khaled Meshaal',
      'on Saturday: Khaled Meshaal',
      'On Sunday: Bassem Naim',
    ]);
  });

  it('says what happened in a tightened clause: a lead-in holding the date becomes the event', () => {
    const events = seedWithGold().events;
    expect(events[0]!.text).toBe(
      'Reports that the United States plans to advance the ceasefire in Gaza to its second phase before the end of the year',
    );
    expect(events[1]!.text).toBe(
      'A U.S. official told The Jerusalem Post on Tuesday night that the International Stabilization Force (ISF) will be sent to Gaza at the start of 2026.',
    );
  });

  it('works without statements, leaving the speaker out', () => {
    const briefing = seedBriefing();
    const events = extractEvents(briefing, briefingSentences(briefing), [] as Statement[]);
    expect(events).toHaveLength(11);
    expect(events.every((e) => e.speaker === undefined)).toBe(true);
  });

  it('dates the events of unseen briefings: future weekdays ahead, abbreviated dates, seasons', () => {
    const { briefings } = loadKnowledge(join(__dirname, '../fixtures/briefings'));
    const bridge = briefings.find((b) => b.slug === 'harbor-bridge-closure')!;
    const events = extractEvents(bridge, briefingSentences(bridge), []).map((e) => `${e.phrase} → ${e.date}`);
    expect(events).toEqual([
      'the end of May → 2026-05',
      'on Tuesday → 2026-03-03',
      'on Monday → 2026-03-09',
      'last week → 2026-02-23',
      'on Feb. 27 → 2026-02-27',
      'on Thursday → 2026-03-05',
      'Two weeks ago → 2026-02-18',
      'the summer of 2027 → 2027-06',
      'in early June → 2026-06',
    ]);
  });
});
