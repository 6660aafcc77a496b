import { useCallback, useState } from 'react';

/**
 * Becomes true (and stays true) once the element comes within `margin` of the viewport. Used to load
 * below-the-fold charts only when the reader gets near them, so they never compete with the map.
 */
export function useNearViewport<T extends Element>(margin = '400px'): [(el: T | null) => void, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (el: T | null) => {
      if (!el || near) return;
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            io.disconnect();
          }
        },
        { rootMargin: margin },
      );
      io.observe(el);
      return () => io.disconnect();
    },
    [near, margin],
  );
  return [ref, near];
}
