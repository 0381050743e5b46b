import DownloadIcon from '@mui/icons-material/Download';
import { Menu, MenuItem } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canExport } from '../permissions';
import { saveDownload } from './saveDownload';
import type { CrmDataProvider, ExportEntity, ExportFormat } from '../providers/types';

/**
 * Exports every record matching the list's current filters (GET /exports/<resource>), not just the page.
 * The API needs the bearer token, so the file is fetched through the data provider rather than a bare link.
 */
export const ServerExportButton = ({ resource }: { resource: ExportEntity }) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { filterValues, sort, total } = useListContext();
  const notify = useNotify();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const exportAs = useMutation({
    mutationFn: (format: ExportFormat) => dataProvider.exportRecords(resource, format, filterValues, sort),
    onSuccess: saveDownload,
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const choose = (format: ExportFormat) => {
    setAnchor(null);
    exportAs.mutate(format);
  };
  const { permissions } = usePermissions<string[]>();
  if (!canExport(permissions, resource)) return null;
  return (
    <>
      <Button
        label="ra.action.export"
        onClick={(e: MouseEvent<HTMLButtonElement>) => setAnchor(e.currentTarget)}
        disabled={exportAs.isPending || total === 0}
        startIcon={<DownloadIcon />}
      />
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose('csv')}>{translate('crm.export.csv')}</MenuItem>
        <MenuItem onClick={() => choose('xlsx')}>{translate('crm.export.xlsx')}</MenuItem>
      </Menu>
    </>
  );
};
