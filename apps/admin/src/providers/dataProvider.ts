import { type ResourceCallbacks, withLifecycleCallbacks } from 'react-admin';
import type { ApiClient } from './client';
import { accountActions } from './resources/account';
import { apiKeyActions } from './resources/apiKeys';
import { customerActions } from './resources/customers';
import { dashboardActions } from './resources/dashboard';
import { dataTransferActions } from './resources/dataTransfer';
import { fileActions } from './resources/files';
import { notificationActions } from './resources/notifications';
import { orderActions, orderCallbacks } from './resources/orders';
import { searchActions } from './resources/search';
import { webhookActions, webhookCallbacks } from './resources/webhooks';
import { createRestProvider } from './restProvider';

// Per-resource quirks of the generic CRUD (react-admin's lifecycle callbacks), one entry per resource file.
const callbacks: ResourceCallbacks[] = [orderCallbacks, webhookCallbacks];

// Named non-CRUD methods, each built on the typed client; a resource file contributes one spread.
const namedMethods = (client: ApiClient) => ({
  ...accountActions(client),
  ...apiKeyActions(client),
  ...customerActions(client),
  ...dashboardActions(client),
  ...dataTransferActions(client),
  ...fileActions(client),
  ...notificationActions(client),
  ...orderActions(client),
  ...searchActions(client),
  ...webhookActions(client),
});

/** The methods components call beside react-admin's CRUD (`useDataProvider<CrmDataProvider>()`). */
export type CrmActions = ReturnType<typeof namedMethods>;

export function createDataProvider(client: ApiClient) {
  return withLifecycleCallbacks({ ...createRestProvider(client), ...namedMethods(client) }, callbacks);
}

export type CrmDataProvider = ReturnType<typeof createDataProvider>;
