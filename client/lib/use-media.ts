import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; re-renders when it changes (e.g. rotating a phone). */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', cb);
      return () => m.removeEventListener('change', cb);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
