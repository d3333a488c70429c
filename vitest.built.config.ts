import { defineConfig } from 'vitest/config';

/**
 * Tests over the production build: the built HTML, JSON and headers files, the offline zip and
 * the command-line tools run against `build/`. They need `npm run build` and
 * `npm run bundle:offline` first, so they are kept out of `npm run test:unit`, which needs no build.
 */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    // The command-line tests start `tsx` (a second or two each, much more on a busy machine).
    testTimeout: 60_000,
    // One module registry per worker, as in vitest.config.ts: the files only read the build.
    isolate: false,
  },
});
