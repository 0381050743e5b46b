import AssignmentIcon from '@mui/icons-material/Assignment';
import CallIcon from '@mui/icons-material/Call';
import CampaignIcon from '@mui/icons-material/Campaign';
import ChatIcon from '@mui/icons-material/Chat';
import EmailIcon from '@mui/icons-material/Email';
import EventIcon from '@mui/icons-material/Event';
import GroupsIcon from '@mui/icons-material/Groups';
import MailIcon from '@mui/icons-material/MarkunreadMailbox';
import PaymentsIcon from '@mui/icons-material/Payments';
import PlaceIcon from '@mui/icons-material/Place';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import TimelineIcon from '@mui/icons-material/Timeline';
import WarningIcon from '@mui/icons-material/Warning';
import type { SvgIconComponent } from '@mui/icons-material';
import type { TimelineItem } from '../../providers/types';
import { formatMoney } from '../../components/MoneyField';
import { enumLabel } from '../../components/enums';
import { lifecycleReason } from './lifecycleReason';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const INTERACTION_ICONS: Record<string, SvgIconComponent> = {
  visit: PlaceIcon,
  call: CallIcon,
  email: EmailIcon,
  meeting: GroupsIcon,
  chat: ChatIcon,
  event: EventIcon,
  letter: MailIcon,
};

// Types other modules register later (service requests, calls, campaign responses, churn alerts).
const TYPE_ICONS: Record<string, SvgIconComponent> = {
  lifecycle_change: TimelineIcon,
  order: ShoppingCartIcon,
  payment: PaymentsIcon,
  service_request: SupportAgentIcon,
  complaint: SupportAgentIcon,
  call: CallIcon,
  campaign_response: CampaignIcon,
  churn_alert: WarningIcon,
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const timelineIcon = (item: TimelineItem): SvgIconComponent =>
  item.type === 'interaction'
    ? (INTERACTION_ICONS[text(item.data.interactionType)] ?? AssignmentIcon)
    : (TYPE_ICONS[item.type] ?? EventIcon);

/**
 * The item's title in the user's language: the API writes titles in English, but its `data` carries what the
 * known types need (dictionary keys, stages, order steps). Unknown types keep the API's title.
 */
export function timelineTitle(
  item: TimelineItem,
  translate: Translate,
  locale: string,
  interactionLabel: (key: string) => string,
): string {
  const d = item.data;
  switch (item.type) {
    case 'interaction':
      return d.interactionType ? interactionLabel(text(d.interactionType)) : item.title;
    case 'lifecycle_change': {
      const to = translate(enumLabel('lifecycleStage', text(d.toStage)));
      // The first entry is the stage the customer was created in.
      return d.fromStage
        ? translate('crm.timeline.lifecycle', { from: translate(enumLabel('lifecycleStage', text(d.fromStage))), to })
        : translate('crm.timeline.lifecycle_start', { to });
    }
    case 'order':
      return translate('crm.timeline.order', {
        number: text(d.number),
        step: translate(`crm.timeline.order_steps.${text(d.step)}`, { _: text(d.step) }),
      });
    case 'payment':
      return translate('crm.timeline.payment', { amount: formatMoney(text(d.amount), locale, text(d.currency)) });
    default:
      return item.title;
  }
}

/** The item's second line; amounts and dictionary labels are formatted for the user's language. */
export function timelineSummary(
  item: TimelineItem,
  translate: Translate,
  locale: string,
  paymentMethodLabel: (key: string) => string,
): string | null {
  const d = item.data;
  switch (item.type) {
    case 'lifecycle_change':
      return lifecycleReason(translate, { reason: item.summary, reasonKey: d.reasonKey, reasonParams: d.reasonParams });
    case 'order': {
      // The stage change the order's confirmation caused is part of the same event.
      const change = d.lifecycleChange as { fromStage?: string; toStage?: string } | null | undefined;
      const stage = (key: unknown) => translate(enumLabel('lifecycleStage', text(key)));
      return [
        formatMoney(text(d.total), locale, text(d.currency)),
        change ? translate('crm.timeline.lifecycle', { from: stage(change.fromStage), to: stage(change.toStage) }) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    case 'payment':
      return [
        translate('crm.timeline.order', { number: text(d.number), step: '' }).trim(),
        paymentMethodLabel(text(d.method)),
      ]
        .filter(Boolean)
        .join(' · ');
    default:
      return item.summary;
  }
}

/** Where clicking an item leads, when the item has its own page. */
export function timelineLink(item: TimelineItem): string | undefined {
  if (item.type === 'interaction') return `/interactions/${item.id}/show`;
  if (item.type === 'order') return `/orders/${text(item.data.orderId) || item.id}/show`;
  if (item.type === 'payment' && item.data.orderId) return `/orders/${text(item.data.orderId)}/show`;
  return undefined;
}
