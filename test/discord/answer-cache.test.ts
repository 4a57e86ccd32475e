import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import type { Answer } from '../../src/answer/types';
import { runCommand } from '../../src/commands/registry';
import { AnswerCache, answerKey, ANSWER_CACHE_DEFAULTS } from '../../src/discord/answer-cache';
import { UserError } from '../../src/errors';

const dir = join(__dirname, '..', '..', 'knowledge');
const knowledge = loadKnowledgeDir(dir);
const status = (): Answer => runCommand(knowledge.registry, 'isf-status', {}, knowledge.context);

describe('answerKey', () => {
  it('ignores the options that only shape the reply (hide, mention) and the order of options', () => {
    expect(
      answerKey('ask', { question: 'Is the ISF ready?', hide: true, mention: '123456789012345678' }),
    ).toBe(answerKey('ask', { question: 'Is the ISF ready?' }));
    expect(answerKey('quotes', { speaker: 'Fidan', briefing: 'gaza' })).toBe(
      answerKey('quotes', { briefing: 'gaza', speaker: 'Fidan' }),
    );
  });

  it('tells values of different types and different commands apart', () => {
    expect(answerKey('x', { n: 1 })).not.toBe(answerKey('x', { n: '1' }));
    expect(answerKey('summary', {})).not.toBe(answerKey('timeline', {}));
  });

  it('gives no key for very long requests (they are always computed)', () => {
    expect(answerKey('ask', { question: 'word '.repeat(ANSWER_CACHE_DEFAULTS.keyMax) })).toBeUndefined();
  });
});

describe('AnswerCache', () => {
  it('computes an answer once per knowledge snapshot and renders it once', () => {
    const cache = new AnswerCache();
    let computed = 0;
    const compute = () => {
      computed += 1;
      return status();
    };
    const first = cache.get(knowledge, 'isf-status', {}, compute);
    const again = cache.get(knowledge, 'isf-status', { hide: true }, compute);
    expect(computed).toBe(1);
    expect(again).toBe(first);
    expect(first.pages[0]?.embed.title).toBe('International Stabilization Force: where it stands');
    // A reloaded folder is a new snapshot: answered afresh.
    const reloaded = loadKnowledgeDir(dir);
    cache.get(reloaded, 'isf-status', {}, compute);
    expect(computed).toBe(2);
    expect(cache.size(knowledge)).toBe(1);
    expect(cache.size(reloaded)).toBe(1);
  });

  it('never remembers an error: a user error is thrown every time', () => {
    const cache = new AnswerCache();
    let calls = 0;
    const failing = () => {
      calls += 1;
      throw new UserError('No briefing is called "oslo".');
    };
    expect(() => cache.get(knowledge, 'summary', { briefing: 'oslo' }, failing)).toThrow(UserError);
    expect(() => cache.get(knowledge, 'summary', { briefing: 'oslo' }, failing)).toThrow(UserError);
    expect(calls).toBe(2);
    expect(cache.size(knowledge)).toBe(0);
  });

  it('drops the least recently used answer when full', () => {
    const cache = new AnswerCache(2);
    const answer = (title: string) => (): Answer => ({ command: 'ask', title, results: [] });
    cache.get(knowledge, 'ask', { question: 'a' }, answer('A'));
    cache.get(knowledge, 'ask', { question: 'b' }, answer('B'));
    cache.get(knowledge, 'ask', { question: 'a' }, answer('A again'));
    cache.get(knowledge, 'ask', { question: 'c' }, answer('C'));
    expect(cache.size(knowledge)).toBe(2);
    expect(cache.get(knowledge, 'ask', { question: 'a' }, answer('A new')).answer.title).toBe('A');
    expect(cache.get(knowledge, 'ask', { question: 'b' }, answer('B new')).answer.title).toBe('B new');
  });
});
