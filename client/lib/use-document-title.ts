import { useEffect } from 'react';

/**
 * Names the browser tab after the page (WCAG 2.4.2), e.g. "จังหวัดอ่างทอง — ระบบเตือนภัย…". The layout sets
 * the app's name in a layout effect first, so pages without a title of their own never keep a stale one.
 */
export function useDocumentTitle(title: string | null, appTitle: string) {
  useEffect(() => {
    if (title) document.title = `${title} — ${appTitle}`;
  }, [title, appTitle]);
}
