import path from 'node:path';
import { demoDir, fixturesDir, hasSharedCorpus, sharedCorpusDir } from './paths';
import { serveStatic, type StaticServer } from './server';

/** How long `/slow/` takes to answer: a site's stylesheet on an ordinary connection. */
const SLOW_MS = 300;

/**
 * The demo page, the test fixtures and (when present beside the checkout) the shared corpus.
 * `/slow/` serves the fixtures after SLOW_MS.
 */
export function serveTestPages(): Promise<StaticServer> {
  return serveStatic({
    '/demo/': demoDir,
    '/fixtures/': fixturesDir,
    '/slow/': { dir: fixturesDir, delayMs: SLOW_MS },
    ...(hasSharedCorpus ? { '/corpus/': path.join(sharedCorpusDir, 'pages') } : {}),
  });
}
