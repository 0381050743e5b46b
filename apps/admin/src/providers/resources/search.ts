import { type ApiClient, ok } from '../client';

export const searchActions = (client: ApiClient) => ({
  searchRecords: async (q: string, limit = 20) =>
    (await ok(client.GET('/api/v1/search', { params: { query: { q, limit } } }))).data,
});
