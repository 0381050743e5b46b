import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import type { CrmDataProvider } from '../../providers/types';
import { fakeAuthProvider } from '../../test/TestAdmin';
import { delivery, detailOf, webhook, webhookDataProvider } from './webhookTestProvider';

// Twelve deliveries: more than one page of ten, newest first.
const LOG = [
  delivery({
    id: 'd-failed',
    event: 'order.confirmed',
    status: 'failed',
    attempt: 3,
    responseStatus: 500,
    responseBody: 'Internal Server Error',
    error: 'receiver answered 500',
    deliveredAt: null,
  }),
  ...Array.from({ length: 26 }, (_, i) => delivery({ id: `d${i}`, createdAt: `2026-01-0${(i % 5) + 1}T09:00:00Z` })),
];

// The app uses a hash router: start on the webhook's page (or one of its tabs).
const renderShow = (dataProvider: CrmDataProvider, path = '') => {
  window.location.hash = `#/webhooks/w1/show${path}`;
  render(
    <CrmAdmin
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider(['admin'])}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    />,
  );
  return userEvent.setup();
};

describe('WebhookShow', () => {
  it('shows the subscription details', async () => {
    renderShow(
      webhookDataProvider([
        webhook({ id: 'w1', description: 'ERP order sync', events: ['customer.created', 'order.*'] }),
      ]),
    );
    expect(await screen.findByText('ERP order sync')).toBeInTheDocument();
    expect(screen.getAllByText('https://erp.example.com/hooks/crm').length).toBeGreaterThan(0);
    expect(screen.getByText('All order events (order.*)')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Delivery log' })).toBeInTheDocument();
  });

  it('pages through the delivery log and opens one delivery with its attempts', async () => {
    const dataProvider = webhookDataProvider([webhook({ id: 'w1' })], LOG);
    const user = renderShow(dataProvider, '/deliveries');

    const table = await screen.findByRole('table', { name: 'Deliveries' });
    const failed = within(table).getByText('order.confirmed').closest('tr') as HTMLElement;
    expect(within(failed).getByText('Failed')).toBeInTheDocument();
    expect(within(failed).getByText('3')).toBeInTheDocument();
    expect(within(failed).getByText('HTTP 500 · receiver answered 500')).toBeInTheDocument();
    // 25 rows per page, like every list.
    expect(within(table).getAllByText('Succeeded')).toHaveLength(24);
    expect(screen.getByText('1-25 of 27')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText('26-27 of 27')).toBeInTheDocument();
    expect(dataProvider.listWebhookDeliveries).toHaveBeenLastCalledWith('w1', { page: 2, pageSize: 25 });
    await user.click(screen.getByRole('button', { name: 'Go to previous page' }));

    const row = (await screen.findByText('order.confirmed')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'View attempts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delivery: order.confirmed' });
    const attempts = within(dialog).getByRole('table', { name: 'Attempts' });
    // Header plus one row per attempt; the two retries before it got a 503.
    expect(within(attempts).getAllByRole('row')).toHaveLength(4);
    expect(within(attempts).getAllByText('503')).toHaveLength(2);
    expect(within(attempts).getByText('receiver answered 500')).toBeInTheDocument();
    expect(within(dialog).getByText(/"name": "Acme Ltd"/)).toBeInTheDocument();
    expect(dataProvider.getWebhookDelivery).toHaveBeenCalledWith('w1', 'd-failed');
  });

  it('sends a test, notifies the outcome and shows it in the delivery log', async () => {
    const dataProvider = webhookDataProvider([webhook({ id: 'w1' })], []);
    const user = renderShow(dataProvider, '/deliveries');
    expect(await screen.findByText(/No deliveries yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send test' }));
    expect(await screen.findByText('Test delivered: HTTP 200 in 42 ms')).toBeInTheDocument();
    expect(dataProvider.testWebhook).toHaveBeenCalledWith('w1');
    const table = await screen.findByRole('table', { name: 'Deliveries' });
    expect(within(table).getByText('webhook.test')).toBeInTheDocument();
  });

  it('notifies a failed test with the response and the error', async () => {
    const dataProvider = webhookDataProvider([webhook({ id: 'w1' })]);
    dataProvider.testWebhook = vi.fn(async () =>
      detailOf(
        delivery({
          id: 't1',
          event: 'webhook.test',
          status: 'failed',
          responseStatus: null,
          error: 'connect ECONNREFUSED 127.0.0.1:9',
        }),
      ),
    );
    const user = renderShow(dataProvider);
    await user.click(await screen.findByRole('button', { name: 'Send test' }));
    expect(await screen.findByText('Test delivery failed: connect ECONNREFUSED 127.0.0.1:9')).toBeInTheDocument();
  });

  it('explains a webhook disabled after failures and re-enables it', async () => {
    const dataProvider = webhookDataProvider([
      webhook({ id: 'w1', active: false, failureCount: 20, disabledAt: '2026-01-07T10:00:00Z', version: 4 }),
    ]);
    const user = renderShow(dataProvider);
    expect(await screen.findByText(/after 20 failed deliveries in a row/)).toBeInTheDocument();
    expect(screen.getByText('20 failures in a row')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Re-enable' }));
    expect(await screen.findByText('Webhook re-enabled')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/after 20 failed deliveries/)).not.toBeInTheDocument());
    expect(dataProvider.update).toHaveBeenCalledWith(
      'webhooks',
      expect.objectContaining({ id: 'w1', data: { active: true } }),
    );
  });
});
