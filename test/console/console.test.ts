import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { loadKnowledgeDir } from '../../src/app';
import { answerLine, completeCommand, runConsole } from '../../src/console/console';

const knowledge = loadKnowledgeDir(join(__dirname, '../../knowledge'));

describe('the console', () => {
  it('completes command names with Tab', () => {
    expect(completeCommand(knowledge, '/wh')).toEqual([['/who-said '], '/wh']);
    expect(completeCommand(knowledge, '/s')[0]).toEqual(['/speakers ', '/summary ']);
    expect(completeCommand(knowledge, '/ask when')).toEqual([[], '/ask when']);
  });

  it('asks plain text as a question and answers help without a slash', () => {
    expect(answerLine(knowledge, 'Who should run the police force in Gaza?', false).text).toContain('¶16 ·');
    expect(answerLine(knowledge, 'help', false).text.startsWith('briefing-bot commands')).toBe(true);
  });

  it('reports a user error as an error, with suggestions', () => {
    expect(answerLine(knowledge, '/speakerz', false)).toEqual({
      text: 'Unknown command "/speakerz". Type /help to see the commands.\nDid you mean: /speakers?',
      error: true,
    });
  });

  it('answers each line of a piped input in order and ends at its end', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const done = runConsole(knowledge, { input, output, errors });
    input.end('/summary\nexit\n/ask question: never reached\n');
    await expect(done).resolves.toBe(0);
    expect(written.startsWith('Summary: Gaza stabilization force')).toBe(true);
    expect(written).not.toContain('never reached');
  });
});
