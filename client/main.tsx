import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, beforeFirstRender } from './app/App';
import { serverDrawn } from './app/first-screen';
import { storedDigits, storedLang } from './app/i18n';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The server draws the overview's first screen into the page (client-page.ts, client/entry-server.tsx):
// hydrate it when it was drawn in the reader's language and digits; otherwise draw afresh.
const drawn = serverDrawn(root);
const hydrating = drawn !== null && drawn.lang === storedLang() && drawn.digits === storedDigits();
// `/` was drawn as the newest round's overview: be at that URL when hydrating (as LatestOverview would move).
if (hydrating && drawn.href) window.history.replaceState(null, '', drawn.href);
void beforeFirstRender(hydrating).then(() => {
  performance.mark('app-render'); // the bench's breakdown: scripts loaded, outlines awaited, React starts
  if (hydrating) return void hydrateRoot(root, app);
  root.replaceChildren();
  createRoot(root).render(app);
});
