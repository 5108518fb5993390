import path from 'node:path';
import { demoDir, fixturesDir, hasSharedCorpus, sharedCorpusDir } from './paths';
import { serveStatic, type StaticServer } from './server';

/** The demo page, the test fixtures and (when present beside the checkout) the shared corpus. */
export function serveTestPages(): Promise<StaticServer> {
  return serveStatic({
    '/demo/': demoDir,
    '/fixtures/': fixturesDir,
    ...(hasSharedCorpus ? { '/corpus/': path.join(sharedCorpusDir, 'pages') } : {}),
  });
}
