import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../src/tools/chromium';

describe('findChromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
  writeFileSync(join(dir, 'chromium-browser'), '');

  it('takes CHROMIUM_PATH when it exists and nothing when it does not', () => {
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'chromium-browser') })).toBe(
      join(dir, 'chromium-browser'),
    );
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'missing'), PATH: dir })).toBeUndefined();
  });

  it('finds a known binary name on the PATH', () => {
    expect(findChromium({ PATH: dir })).toBe(join(dir, 'chromium-browser'));
    expect(findChromium({ PATH: join(dir, 'empty') })).toBeUndefined();
  });
});
