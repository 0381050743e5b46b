import { describe, expect, it } from 'vitest';
import { createCrmStore } from './store';

const signIn = (id: string) => window.localStorage.setItem('crm.user', JSON.stringify({ id, name: id }));

describe('createCrmStore', () => {
  it("keeps a user's saved list views across logout, apart from other users", () => {
    const store = createCrmStore();
    store.setup();
    signIn('ann');
    const views = [{ label: 'VIP in decline', value: { filter: { valueTier: 'vip', lifecycleStage: 'decline' } } }];
    store.setItem('customers.savedQueries', views);
    store.setItem('customers.listParams', { page: 2 });

    // Logout resets react-admin's store.
    store.reset();
    expect(store.getItem('customers.listParams')).toBeUndefined();
    expect(store.getItem('customers.savedQueries', [])).toEqual(views);

    signIn('bo');
    expect(store.getItem('customers.savedQueries', [])).toEqual([]);
    store.teardown();
  });

  it("keeps a user's choice of list columns across logout, apart from other users", () => {
    const store = createCrmStore();
    store.setup();
    signIn('ann');
    store.setItem('customers.datatable', ['valueTier', 'region']);
    store.setItem('customers.datatable_columnRanks', [1, 0]);

    store.reset();
    expect(store.getItem('customers.datatable')).toEqual(['valueTier', 'region']);
    expect(store.getItem('customers.datatable_columnRanks')).toEqual([1, 0]);

    signIn('bo');
    expect(store.getItem('customers.datatable', [])).toEqual([]);
    store.teardown();
  });
});
