import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      // shared/reference.ts declares zod schemas (for the server) next to the labels the client reads;
      // building a schema has no side effect, so unused schemas — and zod with them — drop out of the bundle.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
