import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimpleForm } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { TestAdmin, fakeAuthProvider } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { CustomerInputs } from './CustomerInputs';

const db = {
  staff: [
    { id: 's1', name: 'Li Na', roles: ['sales_manager'], departmentId: null, active: true },
    { id: 's2', name: 'Chen Jing', roles: ['account_manager'], departmentId: null, active: true },
  ],
  'dictionary-entries': [],
};

const renderForm = (roles: string[]) =>
  render(
    <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)} authProvider={fakeAuthProvider(roles)}>
      <SimpleForm>
        <CustomerInputs mode="create" />
      </SimpleForm>
    </TestAdmin>,
  );

describe('CustomerInputs owner picker', () => {
  it('lets a sales manager choose the owner from the staff directory', async () => {
    renderForm(['sales_manager']);
    const owner = await screen.findByLabelText('Owner');
    await userEvent.setup().click(owner);
    expect(await screen.findByRole('option', { name: 'Chen Jing' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Li Na' })).toBeInTheDocument();
  });

  it('hides the picker from account managers, who own what they create', async () => {
    renderForm(['account_manager']);
    await screen.findByLabelText(/^Name/);
    expect(screen.queryByLabelText('Owner')).not.toBeInTheDocument();
  });
});
