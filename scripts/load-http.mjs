// A bounded load run of the HTTP interactions endpoint (`npm run load:http`): starts
// `briefing-bot serve-http` on 127.0.0.1 with a key pair made for the run, sends it signed
// interactions with autocannon for a few seconds, and prints requests per second and latency
// percentiles. Every request is verified by the endpoint (Ed25519) and answered through the
// registry, so the figures include signature checks, routing, search and rendering.
//
// Options: --duration S (default 5), --connections N (default 10), --warmup S (default 1),
// --knowledge DIR (default ./knowledge), --only NAME (one kind of request from the mix, e.g. ping),
// --json (the figures as JSON on stdout).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    knowledge: { type: 'string', default: join(ROOT, 'knowledge') },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
if (
  ![duration, connections, warmup].every((n) => Number.isFinite(n) && n >= 0) ||
  duration > 60 ||
  connections < 1
) {
  process.stderr.write('--duration (at most 60 s), --warmup and --connections (at least 1) take numbers\n');
  process.exit(2);
}
if (!existsSync(CLI)) {
  process.stderr.write('dist/cli.js is missing: run `npm run build` first (npm run load:http does)\n');
  process.exit(2);
}

// ── the key pair Discord would sign with, and the interactions it would post ─────────────────

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

let counter = 0;
const snowflake = () =>
  (((BigInt(Date.now()) - 1420070400000n) << 22n) | BigInt(++counter % 4096)).toString();
const user = {
  id: '5234567890123456789',
  username: 'reader',
  discriminator: '0',
  global_name: 'reader',
  avatar: null,
};

function interaction(type, data) {
  const id = snowflake();
  return {
    id,
    application_id: '1234567890123456789',
    type,
    token: `itoken-${id}`,
    version: 1,
    guild_id: '2234567890123456789',
    channel_id: '3234567890123456789',
    member: {
      user,
      roles: [],
      permissions: '0',
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
    },
    locale: 'en-US',
    entitlements: [],
    ...(data ? { data } : {}),
  };
}

const option = (name, value, focused) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
const command = (name, options = []) => interaction(2, { id: snowflake(), name, type: 1, options });

/** A mix of what readers send: searches, a status brief, quotes, autocomplete while typing, and PINGs. */
const MIX = [
  ['who-said', command('who-said', [option('quote', 'huge failure')])],
  ['ask', command('ask', [option('question', 'When will the stabilization force be deployed?')])],
  ['isf-status', command('isf-status')],
  ['quotes', command('quotes', [option('speaker', 'Khaled Meshaal')])],
  [
    'autocomplete',
    interaction(4, { id: snowflake(), name: 'quotes', type: 1, options: [option('speaker', 'Fid', true)] }),
  ],
  [
    'ping',
    { id: snowflake(), application_id: '1234567890123456789', type: 1, token: 'itoken-ping', version: 1 },
  ],
];

const SENT = values.only ? MIX.filter(([name]) => name === values.only) : MIX;
if (SENT.length === 0) {
  process.stderr.write(`--only takes one of: ${MIX.map(([name]) => name).join(', ')}\n`);
  process.exit(2);
}

function signedRequests() {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return SENT.map(([, body]) => {
    const text = JSON.stringify(body);
    return {
      method: 'POST',
      path: '/interactions',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + text), privateKey).toString('hex'),
        'x-signature-timestamp': timestamp,
      },
      body: text,
    };
  });
}

// ── the endpoint ─────────────────────────────────────────────────────────────────────────────

function startEndpoint() {
  const child = spawn(process.execPath, [CLI, 'serve-http', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      KNOWLEDGE_DIR: values.knowledge,
      LOG_LEVEL: 'info',
      // One reader sends everything here: measure answers, not the per-user cooldown notice.
      COOLDOWN_SECONDS: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const warnings = [];
  const listening = new Promise((resolve, reject) => {
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          warnings.push(line);
          continue;
        }
        if (entry.msg === 'listening') resolve(entry.port);
        else if (entry.level >= 40) warnings.push(line);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve-http exited with ${code}: ${warnings.join('\n')}`)));
  });
  return { child, listening, warnings };
}

function run(url, seconds) {
  return autocannon({ url, connections, duration: seconds, requests: signedRequests() });
}

const endpoint = startEndpoint();
let exitCode = 0;
try {
  const port = await endpoint.listening;
  const url = `http://127.0.0.1:${port}`;
  if (warmup > 0) await run(url, warmup);
  const result = await run(url, duration);
  const figures = {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    connections,
    durationSeconds: duration,
    mix: SENT.map(([name]) => name),
    node: process.version,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } else {
    process.stdout.write(
      [
        `HTTP interactions endpoint, ${connections} connections, ${duration} s on 127.0.0.1 (${figures.mix.join(', ')})`,
        `  requests/s  ${figures.requestsPerSecond} (${figures.requests} requests)`,
        `  latency     p50 ${figures.latencyMs.p50} ms · p90 ${figures.latencyMs.p90} ms · p99 ${figures.latencyMs.p99} ms · max ${figures.latencyMs.max} ms`,
        `  failures    ${figures.non2xx} non-2xx, ${figures.errors} errors, ${figures.timeouts} timeouts`,
        '',
      ].join('\n'),
    );
  }
  if (figures.non2xx + figures.errors + figures.timeouts > 0 || figures.requests === 0) exitCode = 1;
  if (endpoint.warnings.length > 0) {
    process.stderr.write(`the endpoint warned:\n${endpoint.warnings.slice(0, 5).join('\n')}\n`);
    exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  exitCode = 1;
} finally {
  endpoint.child.kill('SIGTERM');
}
process.exitCode = exitCode;
