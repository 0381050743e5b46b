import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AuthProvider, memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeDataProvider } from '../test/fakeDataProvider';

describe('LoginPage', () => {
  it('labels the fields Email and Password and shows the API detail when sign-in fails', async () => {
    const login = vi.fn((_params: unknown) => Promise.reject(new Error('Invalid email or password')));
    const authProvider: AuthProvider = {
      login,
      logout: async () => undefined,
      checkAuth: () => Promise.reject(new Error('ra.auth.auth_check_error')),
      checkError: async () => undefined,
      getPermissions: async () => [],
    };
    render(
      <CrmAdmin
        dataProvider={fakeDataProvider()}
        authProvider={authProvider}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      />,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/email/i), 'ann@example.com');
    // Exactly one element answers to "password": no visibility toggle competing with the field.
    expect(screen.getAllByLabelText(/password/i)).toHaveLength(1);
    await user.type(screen.getByLabelText(/password/i), 'wrong');
    await user.click(screen.getByRole('button', { name: /sign in/i }));
    expect(await screen.findByText('Invalid email or password')).toBeInTheDocument();
    expect(login).toHaveBeenCalledWith({ username: 'ann@example.com', password: 'wrong' });
  });
});
