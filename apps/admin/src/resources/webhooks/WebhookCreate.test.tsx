import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { WebhookCreate } from './WebhookCreate';
import { webhook, webhookDataProvider } from './webhookTestProvider';

const SECRET = 'whsec_3f9a0c1d2e4b5a6978';

const setup = () => {
  const dataProvider = webhookDataProvider([]);
  // The API answers the create with the record plus its secret, this one time.
  dataProvider.create = vi.fn(async (_resource, { data }) => ({
    data: { ...webhook({ id: 'w9', ...data }), secret: SECRET },
  })) as typeof dataProvider.create;
  render(
    <TestAdmin resource="webhooks" dataProvider={dataProvider}>
      <WebhookCreate />
    </TestAdmin>,
  );
  return { dataProvider, user: userEvent.setup() };
};

describe('WebhookCreate', () => {
  it('sends only the fields the API accepts and shows the signing secret once', async () => {
    const { dataProvider, user } = setup();
    await user.type(await screen.findByLabelText(/^URL/), 'https://erp.example.com/hooks/crm');
    // Events come from GET /webhooks/events, with "all" and per-group choices first.
    await user.click(screen.getByLabelText(/^Events/));
    await user.click(await screen.findByRole('option', { name: 'customer.created — A customer was created' }));
    await user.click(screen.getByLabelText(/^Events/));
    await user.click(await screen.findByRole('option', { name: 'All order events (order.*)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Webhook created' });
    expect(within(dialog).getByLabelText('Signing secret')).toHaveValue(SECRET);
    expect(within(dialog).getByText(/will not be shown again/)).toBeInTheDocument();
    expect(dataProvider.listWebhookEvents).toHaveBeenCalled();
    expect(dataProvider.create).toHaveBeenCalledWith('webhooks', expect.anything());
    const { data } = vi.mocked(dataProvider.create).mock.calls[0][1];
    expect(data).toEqual({ url: 'https://erp.example.com/hooks/crm', events: ['customer.created', 'order.*'] });

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
  });

  it('asks for at least one event and catches a URL without a scheme before calling the API', async () => {
    const { dataProvider, user } = setup();
    await user.type(await screen.findByLabelText(/^URL/), 'erp.example.com/hooks');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Enter a full address starting with https:\/\//)).toBeInTheDocument();
    expect(screen.getByText('Required')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^URL/));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(dataProvider.create).not.toHaveBeenCalled();
  });
});
