import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The test files share one module registry per worker instead of each loading its own copy of
    // src/data, src/lib, zod and the content loaders: the suite went from about 97 s to 64 s on
    // two cores (alternated runs). Safe because no test changes a module's state for the next: the
    // data is read, fixtures are built fresh by functions, nothing is mocked, and copies of the
    // content (contributorRecipes.test.ts) load from paths of their own. The suite passes with
    // files and tests shuffled (vitest run --sequence.shuffle).
    isolate: false,
  },
});
