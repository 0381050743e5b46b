import type { Identifier } from 'react-admin';
import { type ApiClient, ok } from '../client';

export const notificationActions = (client: ApiClient) => ({
  markNotificationRead: async (id: Identifier): Promise<void> => {
    await ok(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id: String(id) } } }));
  },
  markAllNotificationsRead: async (): Promise<void> => {
    await ok(client.POST('/api/v1/notifications/read-all'));
  },
  unreadNotificationCount: async () => (await ok(client.GET('/api/v1/notifications/unread-count'))).count,
});
