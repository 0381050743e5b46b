import { type ApiClient, ok } from '../client';

export const dashboardActions = (client: ApiClient) => ({
  /** The tiles the signed-in user may see, with their values, in page order. */
  listDashboardTiles: async () => (await ok(client.GET('/api/v1/dashboard/tiles'))).data,
});
