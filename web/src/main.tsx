import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The bundled CJK font: Chinese names render on a machine with no CJK fonts installed (only the subsets a page uses are fetched).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './i18n';
import './styles.css';
import App from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
