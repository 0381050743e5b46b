import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  Switch,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { Button, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { saveDownload } from '../../components/saveDownload';
import type { CrmDataProvider, ExportFormat, ImportEntity } from '../../providers/types';
import { ImportProgress, isFinished } from './ImportProgress';
import { ImportReportView } from './ImportReportView';
import { LinkedImport } from './LinkedImport';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * CSV/XLSX import (数据导入): choose what to import, get the template, upload, optionally as a dry run
 * that validates every row without saving, then read the per-row report.
 */
export const ImportWizard = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  // Every module's importable entities the user may import (the API decides: products are admins' only).
  const { data: entities = [] } = useQuery({
    queryKey: ['imports', 'entities'],
    queryFn: () => dataProvider.listImportableEntities(),
  });
  const [chosen, setEntity] = useState<ImportEntity | null>(null);
  const entity = chosen ?? entities.find((e) => e.entity === 'customers')?.entity ?? entities[0]?.entity ?? '';
  const columns = entities.find((e) => e.entity === entity)?.columns ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [step, setStep] = useState(0);
  const linked = useSearchParams()[0].get('id');

  const template = useMutation({
    mutationFn: (format: ExportFormat) => dataProvider.downloadImportTemplate(entity, format),
    onSuccess: saveDownload,
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const run = useMutation({
    mutationFn: () => dataProvider.startImport({ entity, file: file!, dryRun }),
    onSuccess: () => setStep(2),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const restart = () => {
    run.reset();
    setFile(null);
    setStep(0);
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    setFile(e.target.files?.[0] ?? null);
    e.target.value = '';
  };

  return (
    <>
      {linked && <LinkedImport id={linked} />}
      <Card sx={{ mt: 2 }}>
        <Title title="crm.import.title" />
        <CardContent>
          <Stepper activeStep={step} orientation="vertical">
            <Step>
              <StepLabel>{translate('crm.import.steps.entity')}</StepLabel>
              <StepContent>
                <RadioGroup
                  row
                  value={entity}
                  onChange={(_e, value) => setEntity(value as ImportEntity)}
                  aria-label={translate('crm.import.steps.entity')}
                >
                  {entities.map((e) => (
                    <FormControlLabel
                      key={e.entity}
                      value={e.entity}
                      control={<Radio />}
                      label={translate(`resources.${e.entity}.name`, { smart_count: 2, _: e.label })}
                    />
                  ))}
                </RadioGroup>
                {columns.length > 0 && (
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {translate('crm.import.columns', {
                      columns: columns.map((c) => (c.required ? `${c.label} *` : c.label)).join(', '),
                    })}
                  </Typography>
                )}
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {translate('crm.import.template_hint')}
                </Typography>
                <Stack direction="row" spacing={1} sx={{ my: 1 }}>
                  {(['csv', 'xlsx'] as const).map((format) => (
                    <Button
                      key={format}
                      label={translate(`crm.import.template_${format}`)}
                      onClick={() => template.mutate(format)}
                      disabled={template.isPending}
                      startIcon={<DownloadIcon />}
                    />
                  ))}
                </Stack>
                <Button label="crm.import.next" variant="contained" disabled={!entity} onClick={() => setStep(1)} />
              </StepContent>
            </Step>
            <Step>
              <StepLabel>{translate('crm.import.steps.upload')}</StepLabel>
              <StepContent>
                <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
                  <MuiButton component="label" startIcon={<UploadFileIcon />} variant="outlined">
                    {translate('crm.import.choose_file')}
                    <input type="file" hidden accept={ACCEPT} onChange={onFile} data-testid="import-file" />
                  </MuiButton>
                  <Typography variant="body2">{file ? file.name : translate('crm.import.no_file')}</Typography>
                  <FormControlLabel
                    control={<Switch checked={dryRun} onChange={(_e, checked) => setDryRun(checked)} />}
                    label={translate('crm.import.dry_run')}
                  />
                  <Typography variant="caption" color="text.secondary">
                    {translate('crm.import.dry_run_hint')}
                  </Typography>
                  <Box sx={{ display: 'flex', gap: 1 }}>
                    <Button label="ra.action.back" onClick={() => setStep(0)} />
                    <Button
                      label={dryRun ? 'crm.import.validate' : 'crm.import.start'}
                      variant="contained"
                      disabled={!file || run.isPending}
                      onClick={() => run.mutate()}
                    />
                  </Box>
                </Stack>
              </StepContent>
            </Step>
            <Step>
              <StepLabel>{translate('crm.import.steps.report')}</StepLabel>
              <StepContent>
                {/* Small files come back with their report; larger ones are queued for the worker. */}
                {run.data &&
                  (isFinished(run.data) ? <ImportReportView report={run.data} /> : <ImportProgress run={run.data} />)}
                <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                  {dryRun && run.data && (
                    <Button
                      label="crm.import.import_now"
                      variant="contained"
                      onClick={() => {
                        setDryRun(false);
                        setStep(1);
                      }}
                    />
                  )}
                  <Button label="crm.import.again" onClick={restart} />
                </Stack>
              </StepContent>
            </Step>
          </Stepper>
        </CardContent>
      </Card>
    </>
  );
};
