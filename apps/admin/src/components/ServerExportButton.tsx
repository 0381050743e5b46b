import DownloadIcon from '@mui/icons-material/Download';
import { Menu, MenuItem } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import { saveDownload } from './saveDownload';
import type { CrmDataProvider, ExportEntity, ExportFormat } from '../providers/types';

/**
 * Exports every record matching the list's current filters (GET /exports/<resource>), not just the page.
 * The API needs the bearer token, so the file is fetched through the data provider rather than a bare link.
 * Shown only for a list the API's export registry has (GET /exports/sources).
 */
export const ServerExportButton = ({ resource }: { resource: ExportEntity }) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { data: lists } = useQuery({
    queryKey: ['exports', 'sources'],
    queryFn: () => dataProvider.listExportableLists(),
    // The registry changes only with a server release.
    staleTime: Infinity,
  });
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
  // The API lists only what this user may export.
  if (!lists?.some((l) => l.entity === resource)) return null;
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
