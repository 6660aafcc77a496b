/**
 * Marks the page records so the bench (and anyone with DevTools) can read real in-page timings:
 * `map-painted` when the first coloured map has painted (on a page the server drew, by the page's own
 * script right after the drawing: server/platform/http/first-screen-render.ts), `map-ready` when the
 * app's map has painted with its handlers attached (hydrated, or drawn by the client), and
 * `indicator-switch` from the change of the indicator to the paint of the re-coloured map.
 */

/** Runs `fn` after the next paint: a frame callback runs before paint, a task queued from it after. */
export function afterPaint(fn: () => void) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function markSwitchStart() {
  performance.clearMarks('indicator-switch:start');
  performance.mark('indicator-switch:start');
}

/** Ends the pending indicator switch measurement, if one is running (once per switch). */
export function measureSwitchAfterPaint() {
  const mark = performance.getEntriesByName('indicator-switch:start', 'mark')[0];
  if (!mark) return;
  performance.clearMarks('indicator-switch:start');
  afterPaint(() => performance.measure('indicator-switch', { start: mark.startTime, end: performance.now() }));
}

let mapReadyMarked = false;
/** Marks the first painted, coloured map of the page load (once). */
export function markMapReady() {
  if (mapReadyMarked) return;
  mapReadyMarked = true;
  afterPaint(() => {
    // Drawn by the client: painted and ready are the same frame.
    if (performance.getEntriesByName('map-painted').length === 0) performance.mark('map-painted');
    performance.mark('map-ready');
    document.documentElement.dataset.mapReady = 'true';
  });
}
