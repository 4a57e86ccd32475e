import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loadKnowledgeDir } from '../../src/app';
import { runCommand, runCommandAsync } from '../../src/commands/registry';
import { commandJSON, MANAGE_GUILD_PERMISSION } from '../../src/discord/command-json';
import { ArgsStore } from '../../src/discord/custom-id';
import { routeInteraction, type CommandInteractionLike } from '../../src/discord/interactions';
import { KnowledgeStore } from '../../src/knowledge/store';
import type { ReplyBody } from '../../src/render/reply';
import { briefingFile, tempKnowledge } from '../helpers/temp-knowledge';

const silent = pino({ level: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));

function interaction(canManageServer: boolean) {
  const replies: ReplyBody[] = [];
  const value: CommandInteractionLike = {
    id: '900000000000000002',
    kind: 'command',
    commandName: 'reload',
    userId: '123456789012345678',
    args: {},
    canManageServer,
    reply: async (body) => {
      replies.push(body);
    },
  };
  return { value, replies };
}

describe('/reload', () => {
  it('reloads the folder and lists what was added', () => {
    const { dir, cleanup } = tempKnowledge({ 'a.md': briefingFile('title: A') });
    try {
      const store = new KnowledgeStore(dir);
      writeFileSync(join(dir, 'b.md'), briefingFile('title: B'));
      const { registry, context } = store.knowledge;
      const answer = runCommand(registry, 'reload', {}, context);
      expect(answer.title).toBe('Briefings reloaded');
      expect(answer.intro).toBe('2 briefings loaded.');
      expect(answer.items).toEqual([
        { name: 'Added', value: 'b' },
        { name: 'Changed', value: 'none' },
        { name: 'Removed', value: 'none' },
      ]);
      expect(store.knowledge.index.briefings).toHaveLength(2);
    } finally {
      cleanup();
    }
  });

  it('runs in the background for a front end that can wait, and says what changed', async () => {
    const { dir, cleanup } = tempKnowledge({ 'a.md': briefingFile('title: A') });
    try {
      const store = new KnowledgeStore(dir);
      writeFileSync(join(dir, 'c.md'), briefingFile('title: C'));
      const { registry, context } = store.knowledge;
      expect(registry.get('reload')!.slow).toBe(true);
      const answer = await runCommandAsync(registry, 'reload', {}, context);
      expect(answer.items?.[0]).toEqual({ name: 'Added', value: 'c' });
      expect(store.knowledge.index.briefings).toHaveLength(2);
    } finally {
      cleanup();
    }
  });

  it('is registered for admins only: Discord hides it from members without Manage Server', () => {
    const { dir, cleanup } = tempKnowledge({ 'a.md': briefingFile('title: A') });
    try {
      const spec = new KnowledgeStore(dir).knowledge.registry.get('reload')!;
      expect(commandJSON(spec)).toEqual({
        type: 1,
        name: 'reload',
        description: spec.description,
        options: [{ type: 5, name: 'hide', description: 'Show the answer only to you' }],
        default_member_permissions: MANAGE_GUILD_PERMISSION,
      });
    } finally {
      cleanup();
    }
  });

  it('checks the permission again on receipt and refuses a member without it, privately', async () => {
    const { dir, cleanup } = tempKnowledge({ 'a.md': briefingFile('title: A') });
    try {
      const store = new KnowledgeStore(dir);
      let reloads = 0;
      store.onReload(() => reloads++);
      const denied = interaction(false);
      await routeInteraction(denied.value, {
        knowledge: () => store.knowledge,
        logger: silent,
        store: new ArgsStore(),
      });
      expect(reloads).toBe(0);
      expect(denied.replies).toHaveLength(1);
      expect(denied.replies[0]!.flags).toBe(64);
      expect(JSON.stringify(denied.replies[0])).toContain(
        '/reload is for server admins: it needs the Manage Server permission.',
      );

      const allowed = interaction(true);
      await routeInteraction(allowed.value, {
        knowledge: () => store.knowledge,
        logger: silent,
        store: new ArgsStore(),
      });
      expect(reloads).toBe(1);
      expect(JSON.stringify(allowed.replies[0])).toContain('Briefings reloaded');
    } finally {
      cleanup();
    }
  });

  it('says so where no folder is watched', () => {
    const { dir, cleanup } = tempKnowledge({ 'a.md': briefingFile('title: A') });
    try {
      const { registry, context } = loadKnowledgeDir(dir);
      expect(() => runCommand(registry, 'reload', {}, context)).toThrow('Reloading is not available here');
    } finally {
      cleanup();
    }
  });
});
