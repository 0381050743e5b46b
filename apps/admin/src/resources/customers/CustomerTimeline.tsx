import {
  Avatar,
  Box,
  Button,
  Chip,
  CircularProgress,
  List,
  ListItemAvatar,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useLocale, useNavigate, useRecordContext, useTranslate } from 'react-admin';
import { useDictionary } from '../../components/dictionary/useDictionary';
import { EmptyText } from '../../components/EmptyText';
import type { CrmDataProvider, Customer, TimelineItem } from '../../providers/types';
import { timelineIcon, timelineLink, timelineSummary, timelineTitle } from './timelineItems';

const PAGE_SIZE = 20;

/** One chip per item type the customer has (GET /customers/:id/timeline/types); none selected means all. */
const TypeFilter = ({ selected, onChange }: { selected: string[]; onChange: (types: string[]) => void }) => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const { data: types = [] } = useQuery({
    queryKey: ['customers', record?.id, 'timeline', 'types'],
    queryFn: () => dataProvider.listCustomerTimelineTypes(record!.id),
    enabled: Boolean(record?.id),
  });
  const present = types.filter((t) => t.count > 0 || selected.includes(t.type));
  if (present.length < 2 && !selected.length) return null;
  const toggle = (type: string) =>
    onChange(selected.includes(type) ? selected.filter((t) => t !== type) : [...selected, type]);
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap', mb: 1 }}
      role="group"
      aria-label={translate('crm.timeline.filter')}
    >
      <Chip
        label={translate('crm.timeline.all_types')}
        color={selected.length ? 'default' : 'primary'}
        variant={selected.length ? 'outlined' : 'filled'}
        aria-pressed={!selected.length}
        onClick={() => onChange([])}
      />
      {present.map((t) => {
        const on = selected.includes(t.type);
        return (
          <Chip
            key={t.type}
            label={`${t.label} (${t.count})`}
            color={on ? 'primary' : 'default'}
            variant={on ? 'filled' : 'outlined'}
            aria-pressed={on}
            onClick={() => toggle(t.type)}
          />
        );
      })}
    </Stack>
  );
};

/** Everything that happened with the customer, newest first, a page at a time (GET /customers/:id/timeline). */
export const CustomerTimeline = () => {
  const [types, setTypes] = useState<string[]>([]);
  return (
    <Box sx={{ width: '100%' }}>
      <TypeFilter selected={types} onChange={setTypes} />
      <TimelineItems types={types} />
    </Box>
  );
};

const TimelineItems = ({ types }: { types: string[] }) => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const { label: interactionLabel } = useDictionary('interaction_type');
  const { label: paymentMethodLabel } = useDictionary('payment_method');
  const query = useInfiniteQuery({
    queryKey: ['customers', record?.id, 'timeline', types],
    queryFn: ({ pageParam }) => dataProvider.getCustomerTimeline(record!.id, pageParam, PAGE_SIZE, types),
    initialPageParam: 1,
    // Changing the type filter keeps the current items on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    getNextPageParam: (last, pages) => (pages.length * PAGE_SIZE < last.total ? pages.length + 1 : undefined),
    enabled: Boolean(record?.id),
  });
  if (query.isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (query.isError) return <Typography color="error">{query.error.message}</Typography>;
  const items: TimelineItem[] = query.data.pages.flatMap((page) => page.data);
  if (!items.length) return <EmptyText message={types.length ? 'crm.timeline.none_of_types' : 'crm.timeline.empty'} />;
  const dateFormat = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <>
      <List aria-label={translate('crm.customers.tabs.timeline')}>
        {items.map((item) => {
          const Icon = timelineIcon(item);
          const link = timelineLink(item);
          return (
            <ListItemButton
              key={`${item.type}-${item.id}-${item.occurredAt}`}
              disabled={!link}
              onClick={() => link && navigate(link)}
              sx={{ alignItems: 'flex-start', '&.Mui-disabled': { opacity: 1 } }}
            >
              <ListItemAvatar>
                <Avatar sx={{ bgcolor: 'primary.light', width: 36, height: 36 }}>
                  <Icon fontSize="small" />
                </Avatar>
              </ListItemAvatar>
              <ListItemText
                primary={
                  <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
                    <Typography variant="body1" sx={{ fontWeight: 500 }}>
                      {timelineTitle(item, translate, locale, interactionLabel)}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                      {dateFormat.format(new Date(item.occurredAt))}
                    </Typography>
                  </Box>
                }
                secondary={timelineSummary(item, translate, locale, paymentMethodLabel)}
              />
            </ListItemButton>
          );
        })}
      </List>
      {query.hasNextPage && (
        <Box sx={{ textAlign: 'center' }}>
          <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {translate('crm.timeline.load_more')}
          </Button>
        </Box>
      )}
    </>
  );
};
