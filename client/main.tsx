import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, beforeFirstRender } from './app/App';

void beforeFirstRender().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
