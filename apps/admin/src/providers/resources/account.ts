import { type ApiClient, ok } from '../client';

// The signed-in user's own account.
export const accountActions = (client: ApiClient) => ({
  changePassword: async (currentPassword: string, newPassword: string): Promise<void> => {
    await ok(client.POST('/api/v1/auth/change-password', { body: { currentPassword, newPassword } }));
  },
});
