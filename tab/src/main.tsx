import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the tab into');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
