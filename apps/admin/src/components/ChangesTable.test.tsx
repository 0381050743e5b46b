import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TestAdmin } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';
import type { AuditEntry } from '../providers/types';
import { AuditHistory } from './AuditHistory';
import { RecordContextProvider } from 'react-admin';

const entry = (over: Record<string, unknown>): AuditEntry =>
  ({
    id: 'a1',
    entity: 'customers',
    entityId: 'c1',
    action: 'update',
    actorId: null,
    actorKind: 'system',
    actorName: 'seed',
    changes: {},
    requestId: null,
    createdAt: '2026-11-20T08:00:00.000Z',
    ...over,
  }) as unknown as AuditEntry;

const db = {
  'audit-log': [
    entry({
      changes: {
        region: { before: 'east_china', after: 'south_china' },
        valueTier: { before: 'small', after: 'vip' },
        ownerId: { before: null, after: 'u-chen' },
        name: { before: 'Old', after: 'New' },
      },
    }),
  ],
  'dictionary-entries': [
    { id: 'd1', type: 'region', key: 'east_china', labelEn: 'East China', labelZh: '华东', sortOrder: 1, active: true },
    {
      id: 'd2',
      type: 'region',
      key: 'south_china',
      labelEn: 'South China',
      labelZh: '华南',
      sortOrder: 2,
      active: true,
    },
  ],
  staff: [{ id: 'u-chen', name: 'Chen Jing' }],
};

const renderHistory = (locale: string) =>
  render(
    <TestAdmin dataProvider={fakeDataProvider(db)} locale={locale}>
      <RecordContextProvider value={{ id: 'c1' }}>
        <AuditHistory resource="customers" />
      </RecordContextProvider>
    </TestAdmin>,
  );

const rowOf = async (field: string) => within((await screen.findByText(field)).closest('tr')!);

describe('History tab', () => {
  it('shows dictionary and enum labels, staff names and the actor in Chinese', async () => {
    renderHistory('zh');
    expect(await screen.findByText('演示数据')).toBeInTheDocument();
    const region = await rowOf('地区');
    expect(await region.findByText('华东')).toBeInTheDocument();
    expect(region.getByText('华南')).toBeInTheDocument();
    const tier = await rowOf('客户等级');
    expect(tier.getByText('VIP客户')).toBeInTheDocument();
    expect(await (await rowOf('负责人')).findByText('Chen Jing')).toBeInTheDocument();
    expect(screen.queryByText('south_china')).not.toBeInTheDocument();
    expect(screen.queryByText('u-chen')).not.toBeInTheDocument();
  });

  it('shows English labels in English and plain values as stored', async () => {
    renderHistory('en');
    expect(await screen.findByText('Demo data')).toBeInTheDocument();
    const region = await rowOf('Region');
    expect(await region.findByText('South China')).toBeInTheDocument();
    expect((await rowOf('Value tier')).getByText('Small')).toBeInTheDocument();
    expect((await rowOf('Name')).getByText('New')).toBeInTheDocument();
  });
});
