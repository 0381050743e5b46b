import FlagIcon from '@mui/icons-material/Flag';
import GradingIcon from '@mui/icons-material/Grading';
import PersonIcon from '@mui/icons-material/Person';
import StarIcon from '@mui/icons-material/Star';
import TimelineIcon from '@mui/icons-material/Timeline';
import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList, useGetIdentity, useTranslate } from 'react-admin';
import { enumLabel } from '../../components/enums';
import { CUSTOMER_STATUSES, LIFECYCLE_STAGES, SCREENING_GRADES, VALUE_TIERS } from './customerEnums';

/**
 * Saved views (filters, sort and page size, kept per user in the react-admin store) and one-click filters.
 * The full filter set is in the list's "Add filter" menu.
 */
export const CustomerListFilter = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 2, width: 210, flexShrink: 0 }}>
      <CardContent>
        <SavedQueriesList />
        {identity?.id && (
          <FilterList label="crm.customers.quick.owner" icon={<PersonIcon />}>
            <FilterListItem label={translate('crm.customers.quick.mine')} value={{ ownerId: identity.id }} />
          </FilterList>
        )}
        <FilterList label="resources.customers.fields.status" icon={<FlagIcon />}>
          {CUSTOMER_STATUSES.map((status) => (
            <FilterListItem key={status} label={translate(enumLabel('customerStatus', status))} value={{ status }} />
          ))}
        </FilterList>
        <FilterList label="resources.customers.fields.valueTier" icon={<StarIcon />}>
          {VALUE_TIERS.map((valueTier) => (
            <FilterListItem
              key={valueTier}
              label={translate(enumLabel('valueTier', valueTier))}
              value={{ valueTier }}
            />
          ))}
        </FilterList>
        {/* Which collected prospects are worth pursuing (SPEC 1.7). */}
        <FilterList label="resources.customers.fields.screeningGrade" icon={<GradingIcon />}>
          {SCREENING_GRADES.map((screeningGrade) => (
            <FilterListItem
              key={screeningGrade}
              label={translate(enumLabel('screeningGrade', screeningGrade))}
              value={{ screeningGrade }}
            />
          ))}
        </FilterList>
        <FilterList label="resources.customers.fields.lifecycleStage" icon={<TimelineIcon />}>
          {LIFECYCLE_STAGES.map((lifecycleStage) => (
            <FilterListItem
              key={lifecycleStage}
              label={translate(enumLabel('lifecycleStage', lifecycleStage))}
              value={{ lifecycleStage }}
            />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
