import { cleanup, render, waitFor } from '@testing-library/react';
import { memoryStore } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CrmAdmin } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeAuthProvider } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';

// Every list screen asks for 25 rows, as the API does by default (react-admin's own default is 10).
const LISTS = [
  'customers',
  'contacts',
  'interactions',
  'products',
  'product-lines',
  'product-categories',
  'orders',
  'payments',
  'dictionary-entries',
  'users',
  'departments',
  'api-keys',
  'webhooks',
  'audit-log',
  'job-runs',
  'notifications',
];

describe('list page size', () => {
  it.each(LISTS)('%s shows 25 rows per page', async (resource) => {
    const dataProvider = fakeDataProvider();
    window.location.hash = `#/${resource}`;
    render(
      <CrmAdmin
        dataProvider={dataProvider}
        authProvider={fakeAuthProvider(['admin'])}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      />,
    );
    await waitFor(() =>
      expect(dataProvider.getList).toHaveBeenCalledWith(
        resource,
        expect.objectContaining({ pagination: { page: 1, perPage: 25 } }),
      ),
    );
    cleanup();
  });
});
