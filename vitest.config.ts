import { defineConfig } from 'vitest/config';

// One run, three kinds of test: pure modules (unit), the built dist/ (build), and the built
// site in real Chromium (e2e). The global setup builds the site once for the last two.
export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps a 2-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
