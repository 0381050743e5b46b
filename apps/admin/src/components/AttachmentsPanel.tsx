import AttachFileIcon from '@mui/icons-material/AttachFile';
import DownloadIcon from '@mui/icons-material/Download';
import { Box, IconButton, Tooltip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useRef } from 'react';
import {
  Button,
  DataTable,
  DeleteWithConfirmButton,
  ListContextProvider,
  useDataProvider,
  useGetList,
  useList,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { CrmDataProvider, StoredFile } from '../providers/types';
import { EmptyText } from './EmptyText';
import { LocaleDateField } from './LocaleDateField';
import { saveDownload } from './saveDownload';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

const DownloadButton = (_props: { label?: string }) => {
  const file = useRecordContext<StoredFile>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const download = useMutation({
    mutationFn: (id: string) => dataProvider.downloadFile(id),
    onSuccess: (result) => saveDownload({ ...result, fileName: file?.fileName ?? result.fileName }),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!file) return null;
  return (
    <Tooltip title={translate('crm.attachments.download')}>
      <IconButton
        size="small"
        aria-label={translate('crm.attachments.download')}
        onClick={() => download.mutate(file.id)}
        disabled={download.isPending}
      >
        <DownloadIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};

/** Files attached to the record (GET/POST/DELETE /files with entity and entityId); at most 20 MB each. */
export const AttachmentsPanel = ({ entity, canWrite }: { entity: string; canWrite: boolean }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const {
    data = [],
    isPending,
    refetch,
  } = useGetList<StoredFile>(
    'files',
    {
      filter: { entity, entityId: record?.id },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: record?.id != null },
  );
  const listContext = useList({ data, isPending, resource: 'files' });
  const upload = useMutation({
    mutationFn: (file: File) => dataProvider.uploadFile(entity, record!.id, file),
    onSuccess: () => {
      notify('crm.attachments.uploaded', { type: 'info' });
      void refetch();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) upload.mutate(file);
  };
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }}>
      {canWrite && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <input ref={input} type="file" hidden onChange={onPick} aria-label="file" data-testid="attachment-input" />
          <Button
            label="crm.attachments.upload"
            onClick={() => input.current?.click()}
            disabled={upload.isPending}
            startIcon={<AttachFileIcon />}
          />
        </Box>
      )}
      <ListContextProvider value={listContext}>
        <DataTable<StoredFile>
          rowClick={false}
          bulkActionButtons={false}
          empty={<EmptyText message="crm.attachments.none" />}
        >
          <DataTable.Col source="fileName" label="crm.attachments.fields.fileName" disableSort />
          <DataTable.Col
            source="size"
            label="crm.attachments.fields.size"
            disableSort
            render={(file) => size(file.size)}
          />
          <DataTable.Col source="createdAt" label="crm.attachments.fields.createdAt" disableSort>
            <LocaleDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col label="" disableSort>
            <DownloadButton />
            {canWrite && (
              <DeleteWithConfirmButton
                resource="files"
                mutationMode="pessimistic"
                redirect={false}
                mutationOptions={{ onSuccess: () => void refetch() }}
              />
            )}
          </DataTable.Col>
        </DataTable>
      </ListContextProvider>
    </Box>
  );
};
