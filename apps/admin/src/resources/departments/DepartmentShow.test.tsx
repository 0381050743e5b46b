import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { toHttpError } from '../../providers/problem';
import { fakeAuthProvider } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';

describe('DepartmentShow', () => {
  it("shows the API's 409 detail when the department still has members", async () => {
    const dataProvider = fakeDataProvider({
      departments: [{ id: 'd1', name: 'Sales', description: null, managerId: null, parentId: null, version: 1 }],
      'audit-log': [],
    });
    dataProvider.delete = vi.fn(() =>
      Promise.reject(
        toHttpError(
          {
            type: 'https://crm.dev/problems/department-has-members',
            title: 'Conflict',
            status: 409,
            detail: 'The department still has 2 members; move them first',
            errors: [],
            code: 'department_has_members',
          },
          409,
        ),
      ),
    );
    // The app uses a hash router: start on the department's page.
    window.location.hash = '#/departments/d1/show';
    render(
      <CrmAdmin
        dataProvider={dataProvider}
        authProvider={fakeAuthProvider(['admin'])}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The department still has 2 members; move them first')).toBeInTheDocument();
    expect(dataProvider.delete).toHaveBeenCalledTimes(1);
  });
});
