import type { Identifier } from 'react-admin';
import { type ApiClient, download, formData, ok } from '../client';

// Attachments: multipart upload and authenticated download (a bare link would lack the bearer token).
export const fileActions = (client: ApiClient) => ({
  uploadFile: (entity: string, entityId: Identifier, file: File) =>
    ok(
      client.POST('/api/v1/files', {
        body: { entity, entityId: String(entityId), file: file.name },
        bodySerializer: ({ entity, entityId }) => formData({ entity, entityId, file }),
      }),
    ),

  downloadFile: (id: Identifier) =>
    download(
      client.GET('/api/v1/files/{id}/content', { params: { path: { id: String(id) } }, parseAs: 'blob' }),
      'download',
    ),
});
