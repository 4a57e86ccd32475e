// A worker thread that checks request bodies against Discord's published schemas (the zod
// schemas of discord-api-spec) for the fake Discord, so that under load the checks run beside
// the fake's event loop instead of on it. Receives { id, schema, body }; answers { id, issues }.
import { parentPort } from 'node:worker_threads';
import * as schemas from 'discord-api-spec/zod';

parentPort.on('message', ({ id, schema, body }) => {
  const checked = schemas[schema]?.safeParse(body);
  const issues = !checked
    ? [{ path: [], message: `no schema called ${schema}` }]
    : checked.success
      ? []
      : checked.error.issues.map((issue) => ({
          path: issue.path.map(String),
          message: issue.message,
          code: issue.code,
          ...(issue.maximum !== undefined ? { maximum: String(issue.maximum) } : {}),
        }));
  parentPort.postMessage({ id, issues });
});
