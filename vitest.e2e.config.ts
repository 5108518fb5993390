import { defineConfig } from 'vitest/config';

// The built extension in real browsers: one file at a time (two cores, and each file starts a browser).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
