import { Checkbox, FormControlLabel, FormGroup, FormHelperText, FormLabel, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, required, useDataProvider, useInput, useTranslate } from 'react-admin';
import type { CrmDataProvider, Permission } from '../../providers/types';
import { permissionLabel } from './permissionLabel';

/** The key's scopes: a checkbox per permission of the catalog (GET /permissions), grouped by module. */
export const ScopesInput = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { data: catalog } = useQuery({ queryKey: ['permissions'], queryFn: () => dataProvider.listPermissions() });
  const { field, fieldState } = useInput<string[]>({ source: 'scopes', defaultValue: [], validate: required() });
  if (!catalog) return <Loading />;
  const selected: string[] = field.value ?? [];
  const toggle = (key: string, on: boolean) =>
    field.onChange(on ? [...selected, key] : selected.filter((k) => k !== key));
  const groups = new Map<string, Permission[]>();
  for (const p of catalog) groups.set(p.module, [...(groups.get(p.module) ?? []), p]);
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <FormLabel component="legend">{translate('resources.api-keys.fields.scopes')}</FormLabel>
      <FormHelperText sx={{ mt: 0 }}>{translate('crm.api_keys_scopes.help')}</FormHelperText>
      {[...groups].map(([module, permissions]) => (
        <FormGroup key={module} role="group" aria-label={translate(`crm.permission_modules.${module}`, { _: module })}>
          <FormLabel sx={{ fontWeight: 600 }}>{translate(`crm.permission_modules.${module}`, { _: module })}</FormLabel>
          {permissions.map((p) => (
            <FormControlLabel
              key={p.key}
              label={`${permissionLabel(translate, p.key, catalog)} (${p.key})`}
              control={
                <Checkbox
                  size="small"
                  checked={selected.includes(p.key)}
                  onChange={(e) => toggle(p.key, e.target.checked)}
                />
              }
            />
          ))}
        </FormGroup>
      ))}
      {fieldState.error && (
        <FormHelperText error>{translate(fieldState.error.message ?? 'ra.validation.required')}</FormHelperText>
      )}
    </Stack>
  );
};
