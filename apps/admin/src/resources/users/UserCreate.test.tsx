import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toHttpError } from '../../providers/problem';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { UserCreate } from './UserCreate';

describe('UserCreate', () => {
  it('shows the server validation message under the field', async () => {
    const dataProvider = fakeDataProvider({ departments: [] });
    // What the API answers for a duplicate email, through the real problem-details mapping.
    dataProvider.create = vi.fn(() =>
      Promise.reject(
        toHttpError(
          {
            type: 'https://crm.dev/problems/duplicate',
            title: 'Conflict',
            status: 409,
            detail: 'A record with the same value already exists',
            errors: [{ field: 'email', message: 'is already used by another user' }],
            code: 'duplicate',
          },
          409,
        ),
      ),
    );
    render(
      <TestAdmin resource="users" dataProvider={dataProvider}>
        <UserCreate />
      </TestAdmin>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Email/), 'ann@example.com');
    await user.type(screen.getByLabelText(/^Name/), 'Ann Lee');
    await user.type(screen.getByLabelText(/^Password/), 'long-enough-1');
    await user.click(screen.getByLabelText('Marketer'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('is already used by another user')).toBeInTheDocument();
    expect(dataProvider.create).toHaveBeenCalledWith(
      'users',
      expect.objectContaining({
        data: expect.objectContaining({ email: 'ann@example.com', name: 'Ann Lee', roles: ['marketer'] }),
      }),
    );
    // The form-level detail is shown as a notification.
    expect(await screen.findByText('A record with the same value already exists')).toBeInTheDocument();
  });
});
