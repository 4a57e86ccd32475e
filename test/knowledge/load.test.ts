import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, LOADER_DEFAULTS } from '../../src/knowledge/load';
import { parseBriefing } from '../../src/knowledge/parse';
import { briefingFile, tempKnowledge } from '../helpers/temp-knowledge';

const seedText = readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8');

describe('the seed briefing in knowledge/', () => {
  const { briefings, problems } = loadKnowledge(join(__dirname, '../../knowledge'));
  const seed = briefings.find((b) => b.topics.some((t) => t.command === 'isf-status'));

  it('loads without problems', () => {
    expect(problems).toEqual([]);
    expect(seed).toBeDefined();
  });

  it('has 21 paragraphs numbered from 1, the credits kept apart', () => {
    expect(seed!.paragraphs).toHaveLength(21);
    expect(seed!.paragraphs[0]!.number).toBe(1);
    expect(seed!.paragraphs[17]!.text.startsWith('Senior Hamas leader Khaled Meshaal')).toBe(true);
    expect(seed!.credits).toEqual(['Republished with permission from All Israel News.', '© 2025 Newsmax. All rights reserved.']);
  });

  it('carries its source, url, publication date and the isf-status topic', () => {
    expect(seed).toMatchObject({ source: 'Newsmax', published: '2025-12-10' });
    expect(seed!.url).toMatch(/^https:\/\/www\.newsmax\.com\//);
    expect(seed!.topics[0]).toMatchObject({ command: 'isf-status', title: 'International Stabilization Force' });
    expect(seed!.topics[0]!.terms).toContain('ISF');
  });
});

describe('plain .txt briefings', () => {
  const briefing = parseBriefing('000_seed.txt', seedText);

  it('read one paragraph per line and detect the trailing credit lines', () => {
    expect(briefing.slug).toBe('000_seed');
    expect(briefing.paragraphs).toHaveLength(21);
    expect(briefing.credits).toEqual(['Republished with permission from All Israel News.', '© 2025 Newsmax. All rights reserved.']);
  });

  it('derive a title from the first sentence', () => {
    expect(briefing.title.startsWith('Amid reports that the United States plans')).toBe(true);
    expect(briefing.title.length).toBeLessThanOrEqual(81);
  });

  it('remember the line of each paragraph', () => {
    expect(briefing.paragraphs[20]).toMatchObject({ number: 21, line: 21 });
  });
});

describe('Markdown briefings', () => {
  it('split the body into paragraphs at blank lines, joining wrapped lines', () => {
    const b = parseBriefing('a.md', briefingFile('title: T', 'One line\nwrapped here.\n\n\nTwo.'));
    expect(b.paragraphs.map((p) => p.text)).toEqual(['One line wrapped here.', 'Two.']);
    expect(b.paragraphs.map((p) => p.line)).toEqual([5, 9]);
  });

  it('accept Windows line endings and a byte-order mark', () => {
    const b = parseBriefing('a.md', '\uFEFF---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n');
    expect(b.title).toBe('T');
    expect(b.paragraphs[0]!.text).toBe('Body.');
  });
});

describe('validation: a bad file is rejected with its path, line and what is wrong', () => {
  const cases: [string, string, string, RegExp, number | undefined][] = [
    ['no title', 'nt.md', briefingFile('source: X'), /no "title"/, 2],
    ['unparseable front matter', 'yaml.md', briefingFile('title: [unclosed'), /not valid YAML/, 2],
    ['front matter never closed', 'open.md', '---\ntitle: T\n\nBody.\n', /not closed/, 1],
    ['no front matter in a .md', 'nofm.md', 'Just text.\n', /must start with front matter/, 1],
    ['an empty body', 'empty-body.md', '---\ntitle: T\n---\n\n', /body is empty/, 3],
    ['an empty file', 'empty.md', '', /file is empty/, undefined],
    ['a bad published date', 'date.md', briefingFile('title: T\npublished: 10/12/2025'), /ISO date/, 3],
    ['an impossible date', 'date2.md', briefingFile('title: T\npublished: 2025-02-30'), /ISO date/, 3],
    ['a url that is not http', 'url.md', briefingFile('title: T\nurl: ftp://x'), /http\(s\)/, 3],
    [
      'a duplicate topic command',
      'dup.md',
      briefingFile('title: T\ntopics:\n  - command: a-status\n    title: A\n  - command: a-status\n    title: B'),
      /duplicate topic command "a-status"/,
      3,
    ],
    ['a topic command with capitals', 'cap.md', briefingFile('title: T\ntopics:\n  - command: ISF\n    title: A'), /slash-command name/, 3],
    ['a topic shadowing a built-in command', 'builtin.md', briefingFile('title: T\ntopics:\n  - command: ask\n    title: A'), /built-in command/, 3],
    ['a topic without a title', 'notitle.md', briefingFile('title: T\ntopics:\n  - command: x-status'), /"title" is required/, 3],
    ['topics that are not a list', 'notlist.md', briefingFile('title: T\ntopics: isf'), /must be a list/, 3],
    ['a .txt of credits only', 'credits.txt', '© 2025 Someone. All rights reserved.\n', /no paragraphs/, undefined],
  ];
  it.each(cases)('%s', (_what, name, content, message, line) => {
    const { dir, cleanup } = tempKnowledge({ [name]: content, 'good.md': briefingFile('title: Good') });
    try {
      const { briefings, problems } = loadKnowledge(dir);
      expect(briefings.map((b) => b.slug)).toEqual(['good']);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.file).toBe(name);
      expect(problems[0]!.message).toMatch(message);
      expect(problems[0]!.line).toBe(line);
    } finally {
      cleanup();
    }
  });
});

describe('knowledge faults', () => {
  it('rejects a binary file', () => {
    const { dir, cleanup } = tempKnowledge({ 'bin.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01]), 'good.md': briefingFile('title: Good') });
    try {
      const { briefings, problems } = loadKnowledge(dir);
      expect(briefings).toHaveLength(1);
      expect(problems).toEqual([{ file: 'bin.md', message: expect.stringMatching(/binary file/) }]);
    } finally {
      cleanup();
    }
  });

  it('rejects invalid UTF-8', () => {
    const { dir, cleanup } = tempKnowledge({ 'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) });
    try {
      expect(loadKnowledge(dir).problems[0]!.message).toMatch(/not valid UTF-8/);
    } finally {
      cleanup();
    }
  });

  it('rejects a file over the size limit without reading it', () => {
    const { dir, cleanup } = tempKnowledge({});
    try {
      writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(LOADER_DEFAULTS.maxFileBytes + 1, 0x61));
      expect(loadKnowledge(dir).problems[0]!.message).toMatch(/briefings are limited to 2 MB/);
    } finally {
      cleanup();
    }
  });

  it('rejects a link to a file outside the folder', () => {
    const outside = tempKnowledge({ 'secret.txt': 'A secret paragraph.\n' });
    const { dir, cleanup } = tempKnowledge({ 'good.md': briefingFile('title: Good') });
    try {
      symlinkSync(join(outside.dir, 'secret.txt'), join(dir, 'link.txt'));
      const { briefings, problems } = loadKnowledge(dir);
      expect(briefings.map((b) => b.slug)).toEqual(['good']);
      expect(problems[0]).toMatchObject({ file: 'link.txt', message: expect.stringMatching(/outside the knowledge folder/) });
    } finally {
      cleanup();
      outside.cleanup();
    }
  });

  it('rejects a second file with the same slug', () => {
    const { dir, cleanup } = tempKnowledge({ 'same.md': briefingFile('title: Md'), 'same.txt': 'Text version.\n' });
    try {
      const { briefings, problems } = loadKnowledge(dir);
      expect(briefings.map((b) => b.file)).toEqual(['same.md']);
      expect(problems[0]).toMatchObject({ file: 'same.txt', message: expect.stringMatching(/same name as same\.md/) });
    } finally {
      cleanup();
    }
  });

  it('ignores hidden files and other extensions', () => {
    const { dir, cleanup } = tempKnowledge({ '.announced.json': '{}', 'notes.docx': 'x', 'good.md': briefingFile('title: Good') });
    try {
      expect(loadKnowledge(dir)).toEqual({ briefings: [expect.objectContaining({ slug: 'good' })], problems: [] });
    } finally {
      cleanup();
    }
  });

  it('orders briefings newest first', () => {
    const { dir, cleanup } = tempKnowledge({
      'old.md': briefingFile('title: Old\npublished: 2024-01-01'),
      'new.md': briefingFile('title: New\npublished: 2025-06-01'),
    });
    try {
      expect(loadKnowledge(dir).briefings.map((b) => b.slug)).toEqual(['new', 'old']);
    } finally {
      cleanup();
    }
  });
});
