import { useEffect, useState } from 'react';
import { afterPaint } from './perf';

/**
 * Becomes true once the page's first frame has painted. A page renders what is below the fold only
 * then, so its first render, layout and paint hold just what the reader sees first (the overview's map:
 * its tables are three quarters of the page's DOM, and laying out their Thai text delayed the map).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    afterPaint(() => live && setPainted(true));
    return () => {
      live = false;
    };
  }, []);
  return painted;
}
