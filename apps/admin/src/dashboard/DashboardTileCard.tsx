import {
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { formatMoney } from '../components/MoneyField';
import type { DashboardTile, DashboardTileItem } from '../providers/types';

const STATUS_COLOR: Record<string, 'success' | 'error' | 'info' | 'default'> = {
  completed: 'success',
  failed: 'error',
  running: 'info',
};

const dateText = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });

const Big = ({ children, small }: { children: string; small?: boolean }) => (
  <Typography variant={small ? 'h4' : 'h3'} component="p" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);

const NumberValue = ({ tile }: { tile: DashboardTile }) => {
  const locale = useLocale();
  return <Big>{(tile.value ?? 0).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')}</Big>;
};

const MoneyValue = ({ tile }: { tile: DashboardTile }) => {
  const locale = useLocale();
  const amounts = tile.amounts ?? [];
  if (!amounts.length) return <Big small>{formatMoney(0, locale)}</Big>;
  return (
    <>
      {amounts.map((a) => (
        <Big key={a.currency} small>
          {formatMoney(a.amount, locale, a.currency)}
        </Big>
      ))}
    </>
  );
};

const itemLabel = (tile: DashboardTile, item: DashboardTileItem, translate: (k: string, o?: object) => string) =>
  tile.itemLabels
    ? translate(`${tile.itemLabels}.${item.key}`, { _: item.label ?? item.key })
    : (item.label ?? item.key);

const Breakdown = ({ tile }: { tile: DashboardTile }) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {(tile.items ?? []).map((item) => (
        <ListItemButton
          key={item.key}
          component={RouterLink}
          to={item.link ?? tile.link ?? '#'}
          sx={{ px: 0, display: 'flex', justifyContent: 'space-between' }}
        >
          <ListItemText primary={itemLabel(tile, item, translate)} />
          <Typography variant="body1" sx={{ fontWeight: 500, ml: 2 }}>
            {item.value ?? 0}
          </Typography>
        </ListItemButton>
      ))}
    </List>
  );
};

const Figures = ({ figures }: { figures: Record<string, number> }) => {
  const translate = useTranslate();
  return (
    <>
      {Object.entries(figures)
        .map(([name, count]) => translate(`crm.dashboard.figures.${name}`, { count, _: `${name}: ${count}` }))
        .join(' · ')}
    </>
  );
};

const Recent = ({ tile }: { tile: DashboardTile }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const items = tile.items ?? [];
  return (
    <>
      {tile.value !== null && <Big>{String(tile.value)}</Big>}
      {items.length === 0 ? (
        <Typography color="text.secondary">{translate('crm.dashboard.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {items.map((item) => (
            <ListItemButton key={item.key} component={RouterLink} to={item.link ?? tile.link ?? '#'} sx={{ px: 0 }}>
              <ListItemText
                primary={itemLabel(tile, item, translate)}
                secondary={
                  <>
                    {[item.detail, item.date && dateText(item.date, locale)].filter(Boolean).join(' · ')}
                    {item.figures && (
                      <Box component="span" sx={{ display: 'block' }}>
                        <Figures figures={item.figures} />
                      </Box>
                    )}
                  </>
                }
              />
              {item.status && (
                <Chip
                  size="small"
                  sx={{ ml: 1 }}
                  color={STATUS_COLOR[item.status] ?? 'default'}
                  label={
                    tile.statusLabels
                      ? translate(`${tile.statusLabels}.${item.status}`, { _: item.status })
                      : item.status
                  }
                />
              )}
            </ListItemButton>
          ))}
        </List>
      )}
    </>
  );
};

const BODIES: Record<DashboardTile['kind'], (props: { tile: DashboardTile }) => React.JSX.Element> = {
  number: NumberValue,
  money: MoneyValue,
  breakdown: Breakdown,
  recent: Recent,
};

/** One KPI tile: its title (an admin i18n key from the API), its value drawn by kind, and a link to the list behind it. */
export const DashboardTileCard = ({ tile }: { tile: DashboardTile }) => {
  const translate = useTranslate();
  const Body = BODIES[tile.kind];
  const title = translate(tile.label, { _: tile.id });
  return (
    <Card variant="outlined" component="section" aria-label={title} sx={{ display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="subtitle2" color="text.secondary" component="h2" gutterBottom>
          {title}
        </Typography>
        {tile.failed ? (
          <Typography color="error">{translate('crm.dashboard.tile_failed')}</Typography>
        ) : (
          <Body tile={tile} />
        )}
      </CardContent>
      {tile.link && (
        <CardActions>
          <Button size="small" component={RouterLink} to={tile.link}>
            {translate('crm.dashboard.view')}
          </Button>
        </CardActions>
      )}
    </Card>
  );
};
