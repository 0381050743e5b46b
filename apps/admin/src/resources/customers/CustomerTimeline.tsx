import {
  Avatar,
  Box,
  Button,
  CircularProgress,
  List,
  ListItemAvatar,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDataProvider, useLocale, useNavigate, useRecordContext, useTranslate } from 'react-admin';
import { useDictionary } from '../../components/dictionary/useDictionary';
import { EmptyText } from '../../components/EmptyText';
import type { CrmDataProvider, Customer, TimelineItem } from '../../providers/types';
import { timelineIcon, timelineLink, timelineSummary, timelineTitle } from './timelineItems';

const PAGE_SIZE = 20;

/** Everything that happened with the customer, newest first, a page at a time (GET /customers/:id/timeline). */
export const CustomerTimeline = () => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const { label: interactionLabel } = useDictionary('interaction_type');
  const { label: paymentMethodLabel } = useDictionary('payment_method');
  const query = useInfiniteQuery({
    queryKey: ['customers', record?.id, 'timeline'],
    queryFn: ({ pageParam }) => dataProvider.getCustomerTimeline(record!.id, pageParam, PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * PAGE_SIZE < last.total ? pages.length + 1 : undefined),
    enabled: Boolean(record?.id),
  });
  if (query.isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (query.isError) return <Typography color="error">{query.error.message}</Typography>;
  const items: TimelineItem[] = query.data.pages.flatMap((page) => page.data);
  if (!items.length) return <EmptyText message="crm.timeline.empty" />;
  const dateFormat = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Box sx={{ width: '100%' }}>
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
    </Box>
  );
};
