/** Test helpers for client component tests: the real boundary file, providers, and a small round. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { I18nProvider, type Lang } from '../app/i18n';
import { projectProvinces, type ProvinceShape, type ProvinceTopology } from '../components/map/geo';
import { provinceShapesQueryOptions } from '../components/map/use-province-shapes';

let shapes: ProvinceShape[] | undefined;
/**
 * The 77 provinces projected from data/map (the file the app ships). The path is from the project root,
 * where vitest runs: under jsdom, import.meta.url is not a file URL.
 */
export function realShapes(): ProvinceShape[] {
  shapes ??= projectProvinces(JSON.parse(readFileSync(join(process.cwd(), 'data/map/th-provinces.topo.json'), 'utf8')) as ProvinceTopology);
  return shapes;
}

/** Every province as the API lists them: Bangkok outside the measure. */
export const provinceRefs = () => realShapes().map((s) => ({ iso: s.iso, inMeasure: s.iso !== 'TH-10' }));

export function Providers({ children, lang = 'th' }: { children: ReactNode; lang?: Lang }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(provinceShapesQueryOptions().queryKey, realShapes());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={lang}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
