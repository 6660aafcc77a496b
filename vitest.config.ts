import { defineConfig } from 'vitest/config';
import { provinceShapes } from './vite.config';

export default defineConfig({
  // The client's `virtual:province-shapes-url` import resolves in tests as in the dev server.
  plugins: [provinceShapes()],
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
