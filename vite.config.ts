import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { manifestFor, type Target } from './tools/build/manifest.ts';

// `vite build` builds Chrome; `vite build --mode firefox` builds Firefox. Same source, one overlay.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained file that really runs at document_start (the default
        // loader imports the script late, and makes its chunks web-accessible to pages).
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // No source maps in the shipped extension: smaller, and nothing to fetch.
      sourcemap: false,
    },
  };
});
