import { Alert, Box, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  EmailField,
  Labeled,
  NumberField,
  TextArrayField,
  TextField,
  UrlField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { EnumChip } from '../../components/EnumChip';
import { LocaleDateField } from '../../components/LocaleDateField';
import { MoneyField } from '../../components/MoneyField';
import { UserField } from '../../components/UserField';
import type { Customer } from '../../providers/types';
import { GRADE_COLORS, STATUS_COLORS, TIER_COLORS } from './customerEnums';
import { CustomerAtAGlance } from './CustomerAtAGlance';
import { LifecyclePanel } from './LifecyclePanel';
import { SetByHandBadge } from './SetByHandBadge';

const Section = ({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1.5 }}>
        {children}
      </Box>
      {footer}
    </Paper>
  );
};

/** A classification with its "set by hand" badge when staff overrode the computed value. */
const Classification = ({
  source,
  enumKey,
  colors,
}: {
  source: string;
  enumKey: string;
  colors?: typeof TIER_COLORS;
}) => (
  <Labeled source={source} resource="customers">
    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <EnumChip source={source} enumKey={enumKey} colors={colors} emptyText="—" />
      <SetByHandBadge field={source} />
    </Stack>
  </Labeled>
);

const RecommendedAction = () => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!record?.behaviour) return null;
  return (
    <Alert severity="info" sx={{ mt: 1.5 }}>
      <strong>{translate('crm.customers.recommended_action')}: </strong>
      {translate(`crm.customers.behaviour_actions.${record.behaviour}`, { _: record.behaviourAction ?? '' })}
    </Alert>
  );
};

export const CustomerOverview = () => (
  <Stack spacing={2} sx={{ width: '100%' }}>
    <CustomerAtAGlance />
    <Section title="crm.customers.sections.basic">
      <Labeled source="code">
        <TextField source="code" />
      </Labeled>
      <Labeled source="name">
        <TextField source="name" />
      </Labeled>
      <Labeled source="kind">
        <EnumChip source="kind" enumKey="kind" />
      </Labeled>
      <Labeled source="status">
        <EnumChip source="status" enumKey="customerStatus" colors={STATUS_COLORS} />
      </Labeled>
      <Labeled source="industry">
        <DictionaryField type="industry" source="industry" emptyText="—" />
      </Labeled>
      <Labeled source="region">
        <DictionaryField type="region" source="region" emptyText="—" />
      </Labeled>
      <Labeled source="source">
        <DictionaryField type="customer_source" source="source" emptyText="—" />
      </Labeled>
      <Labeled source="ownerId">
        <UserField source="ownerId" />
      </Labeled>
      <Labeled source="tags">
        <TextArrayField source="tags" emptyText="—" />
      </Labeled>
      <Labeled source="createdAt">
        <LocaleDateField source="createdAt" />
      </Labeled>
      <Labeled source="updatedAt">
        <LocaleDateField source="updatedAt" />
      </Labeled>
    </Section>
    <Section title="crm.customers.sections.contact">
      <Labeled source="phone">
        <TextField source="phone" emptyText="—" />
      </Labeled>
      <Labeled source="email">
        <EmailField source="email" emptyText="—" />
      </Labeled>
      <Labeled source="website">
        <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
      </Labeled>
      <Labeled source="address">
        <TextField source="address" emptyText="—" />
      </Labeled>
      <Labeled source="creditRating">
        <NumberField source="creditRating" emptyText="—" />
      </Labeled>
      <Labeled source="satisfaction">
        <NumberField source="satisfaction" emptyText="—" />
      </Labeled>
    </Section>
    <Section title="crm.customers.sections.classifications" footer={<RecommendedAction />}>
      <Classification source="valueTier" enumKey="valueTier" colors={TIER_COLORS} />
      <Classification source="abcClass" enumKey="abcClass" />
      <Classification source="valueGroup" enumKey="valueGroup" />
      <Classification source="stability" enumKey="stability" />
      <Classification source="behaviour" enumKey="behaviour" />
      {/* Prospect screening: the grade follows the score unless set by hand. */}
      <Classification source="screeningGrade" enumKey="screeningGrade" colors={GRADE_COLORS} />
      <Labeled source="fitScore" resource="customers">
        <NumberField source="fitScore" emptyText="—" />
      </Labeled>
      <Classification source="consumptionTrait" enumKey="consumptionTrait" />
      <Classification source="socialStyle" enumKey="socialStyle" />
      <Classification source="relationshipLevel" enumKey="relationshipLevel" />
    </Section>
    <LifecyclePanel />
    <Section title="crm.customers.sections.orders">
      <Labeled source="orderCount">
        <NumberField source="orderCount" />
      </Labeled>
      <Labeled source="totalRevenue">
        <MoneyField source="totalRevenue" />
      </Labeled>
      <Labeled source="firstOrderAt">
        <LocaleDateField source="firstOrderAt" showTime={false} emptyText="—" />
      </Labeled>
      <Labeled source="lastOrderAt">
        <LocaleDateField source="lastOrderAt" showTime={false} emptyText="—" />
      </Labeled>
    </Section>
  </Stack>
);
