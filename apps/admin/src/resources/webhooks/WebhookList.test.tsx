import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { WebhookList } from './WebhookList';
import { webhook, webhookDataProvider } from './webhookTestProvider';

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr') as HTMLElement;

describe('WebhookList', () => {
  it('lists each webhook with its events, status and the failures that disabled it', async () => {
    render(
      <TestAdmin
        resource="webhooks"
        dataProvider={webhookDataProvider([
          webhook({
            id: 'w1',
            url: 'https://erp.example.com/hooks/crm',
            description: 'ERP order sync',
            events: ['customer.created', 'order.*'],
          }),
          webhook({
            id: 'w2',
            url: 'https://old.example.com/hook',
            events: ['*'],
            active: false,
            failureCount: 20,
            disabledAt: '2026-01-07T00:00:00Z',
          }),
          webhook({ id: 'w3', url: 'https://paused.example.com/hook', active: false }),
          webhook({ id: 'w4', url: 'https://flaky.example.com/hook', failureCount: 3 }),
        ])}
      >
        <WebhookList />
      </TestAdmin>,
    );

    const erp = await rowOf('https://erp.example.com/hooks/crm');
    expect(within(erp).getByText('ERP order sync')).toBeInTheDocument();
    expect(within(erp).getByText('customer.created')).toBeInTheDocument();
    expect(within(erp).getByText('All order events (order.*)')).toBeInTheDocument();
    expect(within(erp).getByText('Active')).toBeInTheDocument();

    const disabled = await rowOf('https://old.example.com/hook');
    expect(within(disabled).getByText('All events (*)')).toBeInTheDocument();
    expect(within(disabled).getByText('Disabled')).toBeInTheDocument();
    expect(within(disabled).getByText('20 failures in a row')).toBeInTheDocument();

    expect(within(await rowOf('https://paused.example.com/hook')).getByText('Paused')).toBeInTheDocument();
    const flaky = await rowOf('https://flaky.example.com/hook');
    expect(within(flaky).getByText('Active')).toBeInTheDocument();
    expect(within(flaky).getByText('3 failures in a row')).toBeInTheDocument();

    expect(screen.getByRole('columnheader', { name: /Created/ })).toBeInTheDocument();
    // The secret is never part of a list.
    expect(screen.queryByText(/Signing secret/)).not.toBeInTheDocument();
  });

  it('shows the translated empty state with a create button', async () => {
    render(
      <TestAdmin resource="webhooks" dataProvider={webhookDataProvider([])}>
        <WebhookList />
      </TestAdmin>,
    );
    expect(await screen.findByText('No webhooks yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create' })).toBeInTheDocument();
  });

  it('reads in Chinese', async () => {
    render(
      <TestAdmin
        resource="webhooks"
        locale="zh"
        dataProvider={webhookDataProvider([
          webhook({ id: 'w2', active: false, failureCount: 20, disabledAt: '2026-01-07T00:00:00Z' }),
        ])}
      >
        <WebhookList />
      </TestAdmin>,
    );
    const row = await rowOf('https://erp.example.com/hooks/crm');
    expect(within(row).getByText('已停用')).toBeInTheDocument();
    expect(within(row).getByText('连续失败 20 次')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /回调地址/ })).toBeInTheDocument();
  });
});
