import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, CircularProgress, GlobalStyles, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Button, useDataProvider, useGetMany, useLocation, useNavigate, useTranslate } from 'react-admin';
import { useDictionary } from '../../../components/dictionary/useDictionary';
import type { Contact, CrmDataProvider, Customer } from '../../../providers/types';
import { hasAddress, idsFromSearch, SHEET, SHEET_TOP_MARGIN_MM, toSheets } from './labelSheet';

const mm = (value: number) => `${value}mm`;

// Latin first, then the CJK faces of common systems, so both scripts render with a real font.
const LABEL_FONT = [
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  'sans-serif',
].join(', ');

// On paper only the sheets: no page margins (the sheet has its own), no header, no screen decoration.
const printStyles = (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4 portrait', margin: 0 },
      '@media print': {
        'html, body': { margin: 0, padding: 0, background: '#fff' },
        '.labels-screen-only': { display: 'none !important' },
        '.labels-root': { padding: '0 !important', background: 'none !important' },
        '.labels-sheet': { margin: '0 !important', boxShadow: 'none !important', breakAfter: 'page' },
        '.labels-sheet:last-of-type': { breakAfter: 'auto' },
        '.labels-label': { outline: 'none !important' },
      },
    }}
  />
);

// A line of label text, cut off after `lines` lines rather than spilling onto the next label.
const Line = ({ children, lines = 1, bold = false }: { children: string; lines?: number; bold?: boolean }) => (
  <Box
    component="div"
    sx={{
      fontWeight: bold ? 700 : 400,
      fontSize: bold ? '10pt' : '9pt',
      whiteSpace: lines > 1 ? 'pre-line' : 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      display: lines > 1 ? '-webkit-box' : 'block',
      WebkitLineClamp: lines > 1 ? lines : undefined,
      WebkitBoxOrient: 'vertical',
    }}
  >
    {children}
  </Box>
);

interface LabelProps {
  customer: Customer;
  contact?: Contact;
  region: string;
}

const MailingLabel = ({ customer, contact, region }: LabelProps) => {
  const translate = useTranslate();
  return (
    <Box
      className="labels-label"
      data-testid="mailing-label"
      sx={{
        width: mm(SHEET.labelWidthMm),
        height: mm(SHEET.labelHeightMm),
        boxSizing: 'border-box',
        p: '4mm 5mm',
        overflow: 'hidden',
        outline: '1px dashed #c8c8c8',
        outlineOffset: '-1px',
        fontFamily: LABEL_FONT,
        lineHeight: 1.3,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: '0.6mm',
      }}
    >
      <Line bold lines={2}>
        {customer.name}
      </Line>
      {contact && <Line>{translate('crm.customers.labels.attention', { name: contact.name })}</Line>}
      <Line lines={3}>{customer.address?.trim() ?? ''}</Line>
      {region && <Line>{region}</Line>}
      {customer.phone && <Line>{translate('crm.customers.labels.phone', { phone: customer.phone })}</Line>}
    </Box>
  );
};

/**
 * Mailing labels of the customers in `?ids=` (from the list's "Print labels"), laid out on A4 sheets
 * of 3 × 7 labels for window.print(). Customers without an address are named on screen and not printed.
 */
export const MailingLabelsPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { search } = useLocation();
  const ids = useMemo(() => idsFromSearch(search), [search]);
  const customers = useGetMany<Customer>('customers', { ids }, { enabled: ids.length > 0 });
  const printable = useMemo(() => (customers.data ?? []).filter(hasAddress), [customers.data]);
  const skipped = useMemo(() => (customers.data ?? []).filter((c) => !hasAddress(c)), [customers.data]);
  const contacts = useQuery({
    queryKey: ['contacts', 'primary', printable.map((c) => c.id)],
    queryFn: () => dataProvider.getPrimaryContacts(printable.map((c) => c.id)),
    enabled: printable.length > 0,
  });
  const { label: regionLabel } = useDictionary('region');
  const sheets = toSheets(printable);
  const loading = (ids.length > 0 && customers.isPending) || (printable.length > 0 && contacts.isPending);
  const error = customers.error ?? contacts.error;

  return (
    <Box className="labels-root" sx={{ p: 3, bgcolor: 'grey.200', minHeight: '100vh', boxSizing: 'border-box' }}>
      {printStyles}
      <Stack className="labels-screen-only" spacing={1.5} sx={{ maxWidth: mm(SHEET.widthMm), mx: 'auto', mb: 3 }}>
        <Typography variant="h5" component="h1">
          {translate('crm.customers.labels.title')}
        </Typography>
        {ids.length === 0 && <Alert severity="info">{translate('crm.customers.labels.none')}</Alert>}
        {error && <Alert severity="error">{error.message}</Alert>}
        {loading && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
        {!loading && customers.data && (
          <Typography variant="body2">
            {translate('crm.customers.labels.summary', { smart_count: printable.length })}
            {' · '}
            {translate('crm.customers.labels.sheets', { smart_count: sheets.length })}
          </Typography>
        )}
        {skipped.length > 0 && (
          <Alert severity="warning" data-testid="labels-skipped">
            {translate('crm.customers.labels.skipped', { names: skipped.map((c) => c.name).join(', ') })}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary">
          {translate('crm.customers.labels.print_hint')}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            label="crm.customers.labels.print"
            startIcon={<PrintIcon />}
            disabled={loading || printable.length === 0}
            onClick={() => window.print()}
          />
          <Button
            label="crm.customers.labels.back"
            startIcon={<ArrowBackIcon />}
            onClick={() => navigate('/customers')}
          />
        </Stack>
      </Stack>
      {!loading &&
        sheets.map((sheet, index) => (
          <Box
            key={index}
            className="labels-sheet"
            sx={{
              width: mm(SHEET.widthMm),
              // A hair under A4 so rounding never pushes a sheet onto a second page.
              height: mm(SHEET.heightMm - 0.5),
              boxSizing: 'border-box',
              pt: mm(SHEET_TOP_MARGIN_MM),
              display: 'grid',
              gridTemplateColumns: `repeat(${SHEET.columns}, ${mm(SHEET.labelWidthMm)})`,
              gridAutoRows: mm(SHEET.labelHeightMm),
              alignContent: 'start',
              overflow: 'hidden',
              mx: 'auto',
              mb: 3,
              bgcolor: '#fff',
              color: '#000',
              boxShadow: 3,
            }}
          >
            {sheet.map((customer) => (
              <MailingLabel
                key={customer.id}
                customer={customer}
                contact={contacts.data?.get(customer.id)}
                region={regionLabel(customer.region)}
              />
            ))}
          </Box>
        ))}
    </Box>
  );
};
