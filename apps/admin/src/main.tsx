import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CrmAdmin } from './App';
import { createI18nProvider, storedLocale } from './i18n/i18nProvider';
import { authProvider, dataProvider } from './providers';
import { createCrmStore } from './providers/store';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

const i18nProvider = createI18nProvider(storedLocale());
const store = createCrmStore();

createRoot(container).render(
  <StrictMode>
    <CrmAdmin dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={store} />
  </StrictMode>,
);
