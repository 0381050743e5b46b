import type { Identifier } from 'react-admin';
import { type ApiClient, ok } from '../client';

export const apiKeyActions = (client: ApiClient) => ({
  revokeApiKey: (id: Identifier) =>
    ok(client.POST('/api/v1/api-keys/{id}/revoke', { params: { path: { id: String(id) } } })),
  // The permission catalog: what API-key scopes may name.
  listPermissions: async () => (await ok(client.GET('/api/v1/permissions'))).data,
});
