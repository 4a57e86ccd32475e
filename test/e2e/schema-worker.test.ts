/**
 * The schema worker of the fake Discord reports exactly what the in-process check reports, so a
 * load run (checks in the worker) is as strict as every other test (checks inline).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { answerReply } from '../../src/render/reply';
import { interactionCallbackChecks, issueProblems, runChecks, type SchemaIssue } from './discord-rules';

let worker: Worker;
beforeAll(() => {
  worker = new Worker(join(__dirname, 'schema-worker.mjs'));
});
afterAll(() => worker.terminate());

const viaWorker = (schema: string, body: unknown) =>
  new Promise<SchemaIssue[]>((resolve) => {
    worker.once('message', ({ issues }: { issues: SchemaIssue[] }) => resolve(issues));
    worker.postMessage({ id: 1, schema, body });
  });

describe('the schema worker', () => {
  const valid = { type: 4, data: answerReply({ title: 'ISF', description: 'ready' }) };
  const invalid = { type: 4, data: { ...valid.data, embeds: [{ title: 'x'.repeat(300) }] } };

  it('finds nothing wrong with a valid reply', async () => {
    const checks = interactionCallbackChecks(valid, 2);
    const [[schema, where]] = checks.schemas as [[string, string]];
    expect(issueProblems(await viaWorker(schema, valid), where)).toEqual([]);
    expect(runChecks(checks, valid)).toEqual([]);
  });

  it('reports a 300-character embed title in the same words as the inline check', async () => {
    const checks = interactionCallbackChecks(invalid, 2);
    const [[schema, where]] = checks.schemas as [[string, string]];
    const fromWorker = issueProblems(await viaWorker(schema, invalid), where);
    expect(fromWorker).toEqual(runChecks(checks, invalid));
    expect(fromWorker).toEqual([expect.stringContaining('callback: data.embeds.0.title: too_big')]);
  });
});
