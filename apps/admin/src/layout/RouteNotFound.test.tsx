import { render, screen } from '@testing-library/react';
import { HttpError, memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeAuthProvider } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';

const renderAt = (hash: string, roles: string[], dataProvider = fakeDataProvider(), locale = 'en') => {
  window.location.hash = hash;
  render(
    <CrmAdmin
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider(roles)}
      i18nProvider={createI18nProvider(locale)}
      store={memoryStore()}
    />,
  );
};

describe('pages a user may not use', () => {
  it('says "not permitted" for a screen the role lacks, not "not found"', async () => {
    renderAt('#/users', ['account_manager']);
    expect(await screen.findByText('Not permitted')).toBeInTheDocument();
    expect(screen.queryByText(/not found/i)).not.toBeInTheDocument();
  });

  it('still says "not found" for an address the app does not have', async () => {
    renderAt('#/no-such-screen', ['account_manager']);
    expect(await screen.findByText(/not found/i)).toBeInTheDocument();
    expect(screen.queryByText('Not permitted')).not.toBeInTheDocument();
  });

  it("explains a customer the API answers 404 for (another rep's) instead of bouncing to the list", async () => {
    const dataProvider = fakeDataProvider();
    dataProvider.getOne = vi.fn(() =>
      Promise.reject(new HttpError('Customer c9 not found', 404, { code: 'not_found' })),
    );
    renderAt('#/customers/c9/show', ['account_manager'], dataProvider, 'zh');
    expect(await screen.findByText('记录不存在或您无权查看')).toBeInTheDocument();
    expect(screen.getByText(/属于您无权查看的客户/)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/customers/c9/show');
  });
});
