import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { projectProvinces, type ProvinceTopology } from './client/components/map/geo.ts';

const SHAPES = 'virtual:province-shapes-url';
const DEV_SHAPES_PATH = '/@province-shapes.json';

/**
 * The map's province outlines, projected at build time: d3-geo runs here over the TopoJSON once and
 * the client fetches ready SVG path strings (a hashed, immutable asset), so the browser neither ships
 * d3-geo and topojson-client nor spends a frame projecting 77 provinces before the map can paint.
 * `import url from 'virtual:province-shapes-url'` gives the asset's URL.
 */
export function provinceShapes(): Plugin {
  let json: string | undefined;
  const source = () => {
    const topology = JSON.parse(readFileSync(new URL('./data/map/th-provinces.topo.json', import.meta.url), 'utf8')) as ProvinceTopology;
    return (json ??= JSON.stringify(projectProvinces(topology)));
  };
  let serving = false;
  return {
    name: 'province-shapes',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (id) => (id === SHAPES ? `\0${SHAPES}` : null),
    load(id) {
      if (id !== `\0${SHAPES}`) return null;
      if (serving) return `export default ${JSON.stringify(DEV_SHAPES_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: 'th-provinces.shapes.json', source: source() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_SHAPES_PATH, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(source());
      });
    },
  };
}

export default defineConfig({
  root: 'client',
  plugins: [react(), provinceShapes()],
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
