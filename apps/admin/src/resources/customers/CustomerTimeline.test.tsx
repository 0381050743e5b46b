import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { CustomerTimeline } from './CustomerTimeline';

const customer = { id: 'c1', name: 'Acme Ltd' };
const item = (id: string, type: string, occurredAt: string, data: Record<string, unknown>, title = type) => ({
  id,
  customerId: 'c1',
  type,
  occurredAt,
  title,
  summary: null,
  data,
});

const db = {
  customers: [customer],
  'dictionary-entries': [],
  timeline: [
    item('p1', 'payment', '2026-05-03T10:00:00Z', { amount: '600.00', currency: 'CNY', number: 'SO-1' }),
    item('o1', 'order', '2026-05-02T10:00:00Z', {
      orderId: 'o1',
      number: 'SO-1',
      step: 'confirmed',
      total: '600.00',
      currency: 'CNY',
      lifecycleChange: { fromStage: 'exploration', toStage: 'formation' },
    }),
    item('s1', 'service_ticket', '2026-05-01T10:00:00Z', {}, 'Ticket T-7 opened'),
  ],
  // What GET /customers/:id/timeline/types answers: every declared type, the server's labels.
  'timeline-types': [
    { id: 'order', type: 'order', label: 'Orders' },
    { id: 'payment', type: 'payment', label: 'Payments' },
    { id: 'interaction', type: 'interaction', label: 'Interactions' },
    { id: 'service_ticket', type: 'service_ticket', label: 'Service tickets' },
  ],
};

const renderTimeline = () =>
  render(
    <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)}>
      <RecordContextProvider value={customer}>
        <CustomerTimeline />
      </RecordContextProvider>
    </TestAdmin>,
  );

describe('CustomerTimeline', () => {
  it('filters by the types the customer has, with chips from the API', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const filter = await screen.findByRole('group', { name: 'Show item types' });
    // Types without items for this customer get no chip.
    expect(
      within(filter)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All', 'Orders (1)', 'Payments (1)', 'Service tickets (1)']);
    expect(await screen.findByText('Ticket T-7 opened')).toBeInTheDocument();

    await user.click(within(filter).getByRole('button', { name: 'Orders (1)' }));
    await waitFor(() => expect(screen.queryByText('Ticket T-7 opened')).not.toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Timeline' });
    expect(
      within(list)
        .getAllByText(/^Order SO-1/)
        .map((e) => e.textContent),
    ).toEqual(['Order SO-1 confirmed']);
    // The stage change the order caused is on the order's line, not a line of its own.
    expect(within(list).getByText(/Lifecycle: Exploration → Formation/)).toBeInTheDocument();
    expect(within(filter).getByRole('button', { name: 'Orders (1)' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(filter).getByRole('button', { name: 'All' }));
    expect(await screen.findByText('Ticket T-7 opened')).toBeInTheDocument();
  });
});
