import type { Identifier, SortPayload } from 'react-admin';
import { type ApiClient, download, formData, ok } from '../client';
import { toListQuery } from '../restProvider';
import type { ExportEntity, ExportFormat, ImportEntity } from '../types';

// Imports (upload, progress, templates) and exports of whole filtered lists.
export const dataTransferActions = (client: ApiClient) => ({
  // What the signed-in user may import, with columns and template, from every module's registry.
  listImportableEntities: async () => (await ok(client.GET('/api/v1/imports/entities'))).data,

  // The lists that can be exported, from every module's registry.
  listExportableLists: async () => (await ok(client.GET('/api/v1/exports/sources'))).data,

  startImport: ({ entity, file, dryRun }: { entity: ImportEntity; file: File; dryRun: boolean }) =>
    ok(
      client.POST('/api/v1/imports', {
        body: { entity, dryRun, file: file.name },
        bodySerializer: ({ entity, dryRun }) => formData({ entity, dryRun: String(dryRun), file }),
      }),
    ),

  getImport: (id: Identifier) => ok(client.GET('/api/v1/imports/{id}', { params: { path: { id: String(id) } } })),

  downloadImportTemplate: (entity: ImportEntity, format: ExportFormat) =>
    download(
      client.GET('/api/v1/imports/template', { params: { query: { entity, format } }, parseAs: 'blob' }),
      `${entity}-template.${format}`,
    ),

  exportRecords: (entity: ExportEntity, format: ExportFormat, filter: Record<string, unknown>, sort?: SortPayload) => {
    // The export takes the list's filters and sort, without paging.
    const { page: _page, pageSize: _pageSize, ...query } = toListQuery({ filter, sort });
    return download(
      client.GET('/api/v1/exports/{entity}', {
        params: { path: { entity }, query: { ...query, format } },
        parseAs: 'blob',
      }),
      `${entity}.${format}`,
    );
  },
});
