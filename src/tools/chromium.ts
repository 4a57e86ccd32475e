/**
 * Headless Chromium from the command line: find the binary, measure a page's height, screenshot it.
 * Every run gets a fresh profile folder and no network features, so nothing is fetched or kept.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How Chromium is run. */
export const CHROMIUM_DEFAULTS = Object.freeze({
  /** Binaries tried in order, on the PATH, when CHROMIUM_PATH is not set. */
  binaries: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  /** Longest a Chromium run may take. */
  timeoutMs: 60_000,
  /** Flags of every run: headless, no sandbox (root in containers), nothing online, nothing kept. */
  flags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--hide-scrollbars',
    '--mute-audio',
  ],
});

/** The Chromium binary: CHROMIUM_PATH, else the first known name on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_DEFAULTS.binaries) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}

function runChromium(binary: string, args: readonly string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'briefing-bot-chromium-'));
  try {
    const result = spawnSync(binary, [...CHROMIUM_DEFAULTS.flags, `--user-data-dir=${profile}`, ...args], {
      encoding: 'utf8',
      timeout: CHROMIUM_DEFAULTS.timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw new Error(`Chromium could not run (${result.error.message}).`);
    if (result.status !== 0) {
      const detail = (result.stderr ?? '').trim().split('\n').slice(-3).join(' ');
      throw new Error(`Chromium exited with status ${result.status}: ${detail}`);
    }
    return result.stdout ?? '';
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The laid-out height of a page that writes it into its title (see `measureHeight` of the HTML
 * builder), read from Chromium's dump of the DOM.
 */
export function measurePageHeight(binary: string, htmlFile: string, width: number): number {
  const dom = runChromium(binary, [
    `--window-size=${width},1000`,
    '--dump-dom',
    pathToFileURL(htmlFile).href,
  ]);
  const open = dom.indexOf('<title>');
  const close = dom.indexOf('</title>', open);
  const height = open >= 0 && close > open ? Number(dom.slice(open + '<title>'.length, close)) : NaN;
  if (!Number.isFinite(height) || height <= 0) {
    throw new Error('Could not measure the page: Chromium returned no height in the page title.');
  }
  return Math.ceil(height);
}

/** Screenshots a page at `width`×`height` CSS pixels (times `scale`) into a PNG file. */
export function screenshotPage(
  binary: string,
  htmlFile: string,
  pngFile: string,
  size: { width: number; height: number; scale: number },
): void {
  runChromium(binary, [
    `--window-size=${size.width},${size.height}`,
    `--force-device-scale-factor=${size.scale}`,
    `--screenshot=${pngFile}`,
    pathToFileURL(htmlFile).href,
  ]);
  if (!existsSync(pngFile)) throw new Error(`Chromium did not write ${pngFile}.`);
}
