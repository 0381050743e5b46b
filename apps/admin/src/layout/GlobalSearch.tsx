import SearchIcon from '@mui/icons-material/Search';
import { Autocomplete, Box, InputAdornment, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useNavigate, useTranslate } from 'react-admin';
import type { CrmDataProvider, SearchResult } from '../providers/types';

const DEBOUNCE_MS = 300;

// Records with their own page; anything else opens its customer (a record of no customer, e.g. an
// article of a module without an admin page yet, opens nothing).
const PAGES: Record<string, string> = { customer: 'customers', contact: 'contacts', order: 'orders' };
export const searchResultPath = (result: SearchResult): string | undefined => {
  if (PAGES[result.type]) return `/${PAGES[result.type]}/${result.id}/show`;
  return result.customerId ? `/customers/${result.customerId}/show` : undefined;
};

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Search box of the app bar: customers, contacts, orders… (GET /search?q=), grouped by type. */
export const GlobalSearch = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const q = useDebounced(input.trim(), DEBOUNCE_MS);
  const { data = [], isFetching } = useQuery({
    queryKey: ['search', q],
    queryFn: () => dataProvider.searchRecords(q),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
  const typeLabel = (type: string) => translate(`crm.search.types.${type}`, { _: type });
  return (
    <Autocomplete<SearchResult, false, false, false>
      size="small"
      sx={{ width: { xs: 160, sm: 280, md: 340 }, mx: 1 }}
      options={q ? data : []}
      // The API ranks and filters; keep its order, grouped by type as it comes.
      filterOptions={(options) => options}
      groupBy={(option) => typeLabel(option.type)}
      getOptionLabel={(option) => option.title}
      isOptionEqualToValue={(a, b) => a.type === b.type && a.id === b.id}
      loading={isFetching}
      inputValue={input}
      value={null}
      onInputChange={(_e, value, reason) => {
        if (reason !== 'reset') setInput(value);
      }}
      onChange={(_e, option) => {
        const path = option && searchResultPath(option);
        if (!path) return;
        setInput('');
        void navigate(path);
      }}
      noOptionsText={translate(q ? 'crm.search.none' : 'crm.search.hint')}
      loadingText={translate('ra.page.loading')}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
          <Typography variant="body2">{option.title}</Typography>
          {option.subtitle && (
            <Typography variant="caption" color="text.secondary">
              {option.subtitle}
            </Typography>
          )}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          // The theme makes inputs "filled"; in the app bar a flat, translucent field reads better.
          variant="outlined"
          margin="none"
          placeholder={translate('crm.search.placeholder')}
          aria-label={translate('crm.search.placeholder')}
          sx={{
            '& .MuiOutlinedInput-root': {
              bgcolor: 'rgba(255,255,255,0.15)',
              color: 'inherit',
              py: '2px !important',
            },
            '& .MuiOutlinedInput-notchedOutline': { border: 'none' },
            '& .MuiAutocomplete-popupIndicator, & .MuiAutocomplete-clearIndicator': { color: 'inherit' },
            '& input::placeholder': { color: 'inherit', opacity: 0.8 },
          }}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon sx={{ color: 'inherit' }} />
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    />
  );
};
