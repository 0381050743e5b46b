import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../../../test/TestAdmin';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { idsFromSearch, toSheets } from './labelSheet';
import { MailingLabelsPage } from './MailingLabelsPage';

const db = {
  customers: [
    {
      id: 'c1',
      name: '上海华信贸易有限公司',
      address: '上海市浦东新区世纪大道100号\n环球金融中心 25 楼',
      region: 'east_china',
      phone: '+86 21 5555 0123',
    },
    { id: 'c2', name: 'Acme Robotics GmbH', address: 'Hauptstraße 5, 10115 Berlin', region: null, phone: null },
    { id: 'c3', name: 'No Address Ltd', address: '  ', region: null, phone: '+86 10 1234 5678' },
  ],
  contacts: [
    { id: 'p1', customerId: 'c1', name: '王伟', isPrimary: true },
    { id: 'p2', customerId: 'c2', name: 'Not Primary', isPrimary: false },
  ],
  'dictionary-entries': [
    { id: 'd1', type: 'region', key: 'east_china', labelEn: 'East China', labelZh: '华东', sortOrder: 1, active: true },
  ],
};

const renderPage = (ids: string, locale = 'en') => {
  window.history.replaceState(null, '', `/#/customers/labels?ids=${ids}`);
  const dataProvider = fakeDataProvider(db);
  render(
    <TestAdmin dataProvider={dataProvider} locale={locale}>
      <MailingLabelsPage />
    </TestAdmin>,
  );
  return dataProvider;
};

describe('MailingLabelsPage', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => vi.restoreAllMocks());

  it('prints a label per customer with an address and names the skipped one', async () => {
    const dataProvider = renderPage('c1,c2,c3');
    const labels = await screen.findAllByTestId('mailing-label');
    expect(labels).toHaveLength(2);

    const [first, second] = labels;
    expect(within(first).getByText('上海华信贸易有限公司')).toBeInTheDocument();
    expect(await within(first).findByText('Attn: 王伟')).toBeInTheDocument();
    expect(within(first).getByText(/上海市浦东新区世纪大道100号/)).toBeInTheDocument();
    expect(await within(first).findByText('East China')).toBeInTheDocument();
    expect(within(first).getByText('Tel. +86 21 5555 0123')).toBeInTheDocument();
    expect(within(second).getByText('Acme Robotics GmbH')).toBeInTheDocument();
    expect(within(second).queryByText(/Attn/)).not.toBeInTheDocument();

    expect(screen.getByTestId('labels-skipped')).toHaveTextContent('Not printed, no address: No Address Ltd');
    expect(screen.queryAllByText('No Address Ltd')).toHaveLength(0);
    expect(screen.getByText(/2 labels on A4 sheets of 3 × 7/)).toBeInTheDocument();
    // Only customers that get a label are looked up for a primary contact.
    expect(dataProvider.getPrimaryContacts).toHaveBeenCalledWith(['c1', 'c2']);
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPage('c1');
    await screen.findAllByTestId('mailing-label');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });

  it('speaks Chinese', async () => {
    renderPage('c1,c3', 'zh');
    const [label] = await screen.findAllByTestId('mailing-label');
    expect(await within(label).findByText('王伟 收')).toBeInTheDocument();
    expect(await within(label).findByText('华东')).toBeInTheDocument();
    expect(screen.getByTestId('labels-skipped')).toHaveTextContent('未打印（无地址）：No Address Ltd');
    expect(screen.getByRole('button', { name: '打印' })).toBeInTheDocument();
  });

  it('says what to do when no customer was chosen', async () => {
    renderPage('');
    expect(await screen.findByText(/No customers chosen/)).toBeInTheDocument();
  });
});

describe('label sheets', () => {
  it('reads the ids in order without repeats and fills sheets of 21', () => {
    expect(idsFromSearch('?ids=b, a,,b')).toEqual(['b', 'a']);
    const sheets = toSheets(Array.from({ length: 43 }, (_, i) => i));
    expect(sheets.map((s) => s.length)).toEqual([21, 21, 1]);
  });
});
