import { localStorageStore, type Store } from 'react-admin';

// Saved list views (SavedQueriesList keeps them under `<resource>.savedQueries`) and the columns chosen for a
// DataTable (`<resource>.datatable` hidden columns, `<resource>.datatable_columnRanks` order) belong to a user.
// The rest of react-admin's store is UI state of one session and is reset at logout.
const PER_USER = /\.(savedQueries|datatable|datatable_columnRanks)$/;
const isPerUser = (key: string) => PER_USER.test(key);

/**
 * react-admin's localStorage store, plus a per-user copy of saved list views and column choices that survives
 * the logout reset and never shows to another user of the same browser.
 */
export function createCrmStore(storage: Storage = window.localStorage): Store {
  const base = localStorageStore();
  // The signed-in user as the session keeps it (providers/session.ts).
  const userKey = (key: string) => {
    const raw = storage.getItem('crm.user');
    const id = raw ? (JSON.parse(raw) as { id?: string }).id : undefined;
    return id ? `CRM.user.${id}.${key}` : undefined;
  };
  const readSaved = (key: string) => {
    const name = userKey(key);
    const raw = name ? storage.getItem(name) : null;
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  };
  return {
    ...base,
    getItem: <T = unknown>(key: string, defaultValue?: T): T | undefined => {
      if (!isPerUser(key)) return base.getItem(key, defaultValue);
      // The session copy first (it publishes changes to subscribers), else the user's saved one.
      return base.getItem(key, (readSaved(key) as T | undefined) ?? defaultValue);
    },
    setItem: <T = unknown>(key: string, value: T): void => {
      base.setItem(key, value);
      const name = isPerUser(key) ? userKey(key) : undefined;
      if (name) storage.setItem(name, JSON.stringify(value));
    },
    removeItem: (key: string): void => {
      base.removeItem(key);
      const name = isPerUser(key) ? userKey(key) : undefined;
      if (name) storage.removeItem(name);
    },
  };
}
