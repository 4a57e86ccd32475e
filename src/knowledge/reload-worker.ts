/**
 * The heavy half of a hot reload, in a worker thread so that the bot's event loop keeps answering:
 * reads the knowledge folder, analyses what changed (the rest comes from the persisted analysis),
 * builds the paragraph search and the quote matcher's parts, saves the index files, and hands back
 * what the main thread cannot take from its current index — the new or changed briefings with their
 * analyses, and the search and the quote parts as transferred bytes (no copy).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildReloadHandover, type ReloadRequest } from './reload-handover';

const port = parentPort;
if (port) {
  try {
    const handover = buildReloadHandover(workerData as ReloadRequest);
    port.postMessage({ ok: true, handover }, handover.transfer);
  } catch (error) {
    port.postMessage({ ok: false, message: (error as Error).message });
  }
}
