import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { usePopupStore, type PopupView } from './store.ts';
import './popup.css';

// `?view=log` opens the popup (as a page) on the log: handy for links and for tests.
const view = new URLSearchParams(location.search).get('view');
if (view === 'now' || view === 'log' || view === 'settings') usePopupStore.getState().setView(view as PopupView);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
