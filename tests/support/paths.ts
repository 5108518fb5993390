import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distChrome = path.join(repoRoot, 'dist/chrome');
export const distFirefox = path.join(repoRoot, 'dist/firefox');
export const demoDir = path.join(repoRoot, 'demo');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');

/** The shared corpus lives beside the checkout (never inside it: the pages belong to their publishers). */
export const sharedCorpusDir = path.resolve(repoRoot, '../shared/corpus');
export const hasSharedCorpus = existsSync(path.join(sharedCorpusDir, 'labels'));
