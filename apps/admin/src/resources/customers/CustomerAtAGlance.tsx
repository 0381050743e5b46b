import { Box, Link as MuiLink, Paper, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, RecordContextProvider, useDataProvider, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../../components/MoneyField';
import { UserField } from '../../components/UserField';
import type { CrmDataProvider, Customer } from '../../providers/types';

export const customerOverviewQueryKey = (id: unknown) => ['customers', 'overview', String(id)];

const Tile = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="h3" sx={{ textTransform: 'uppercase' }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const None = ({ message }: { message: string }) => (
  <Typography variant="body2" color="text.secondary">
    {useTranslate()(message)}
  </Typography>
);

/** What a rep wants first on a customer: what is still owed, whom to call and what comes next. */
export const CustomerAtAGlance = () => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending } = useQuery({
    queryKey: customerOverviewQueryKey(record?.id),
    queryFn: () => dataProvider.getCustomerOverview(record!.id),
    enabled: record?.id != null,
  });
  if (!record) return null;
  const dateLocale = locale === 'zh' ? 'zh-CN' : 'en-US';
  const outstanding = Number(data?.outstandingAmount ?? 0);
  const contact = data?.primaryContact;
  const step = data?.nextStep;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={translate('crm.customers.glance.title')}
      sx={{ p: 2, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}
    >
      <Tile title="crm.customers.glance.outstanding">
        {isPending ? (
          <Skeleton width={120} />
        ) : (
          <>
            <Typography
              variant="h6"
              color={outstanding > 0 ? 'warning.main' : 'text.primary'}
              sx={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {formatMoney(data?.outstandingAmount ?? '0', locale, 'CNY')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('crm.customers.glance.unpaid_orders', { smart_count: data?.unpaidOrderCount ?? 0 })}
            </Typography>
          </>
        )}
      </Tile>
      <Tile title="crm.customers.glance.primary_contact">
        {isPending ? (
          <Skeleton width={160} />
        ) : contact ? (
          <>
            <MuiLink component={Link} to={`/contacts/${contact.id}/show`} variant="subtitle1">
              {contact.name}
            </MuiLink>
            {contact.title && (
              <Typography variant="body2" color="text.secondary">
                {contact.title}
              </Typography>
            )}
            <Typography variant="body2">
              {[contact.mobile ?? contact.phone, contact.email].filter(Boolean).join(' · ')}
            </Typography>
          </>
        ) : (
          <None message="crm.customers.glance.no_primary_contact" />
        )}
      </Tile>
      <Tile title="crm.customers.glance.next_step">
        {isPending ? (
          <Skeleton width={200} />
        ) : step ? (
          <>
            <MuiLink component={Link} to={`/interactions/${step.interactionId}/show`} variant="subtitle1">
              {step.nextStep}
            </MuiLink>
            <Typography variant="body2" color="text.secondary" component="div">
              {step.nextStepAt
                ? new Date(step.nextStepAt).toLocaleDateString(dateLocale)
                : translate('crm.customers.glance.no_date')}
              {step.staffId && (
                <>
                  {' · '}
                  <RecordContextProvider value={{ id: step.interactionId, staffId: step.staffId }}>
                    <UserField source="staffId" />
                  </RecordContextProvider>
                </>
              )}
            </Typography>
          </>
        ) : (
          <None message="crm.customers.glance.no_next_step" />
        )}
      </Tile>
    </Paper>
  );
};
