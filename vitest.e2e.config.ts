import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time (2 cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
