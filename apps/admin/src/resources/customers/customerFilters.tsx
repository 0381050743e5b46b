import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextArrayInput,
} from 'react-admin';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { BY_NAME } from '../../components/sorts';
import { useSeesOthersRecords } from '../../components/usePermissionsFor';
import { choices } from './customerEnums';

/** Every filter the API offers on GET /customers; q stays visible, the rest come from "Add filter". */
export const useCustomerFilters = () => {
  // Names come from the staff directory (GET /staff); the API checks whom a user may choose.
  const canPickOwner = useSeesOthersRecords();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices.kind} />,
    <SelectInput key="status" source="status" choices={choices.status} />,
    ...(canPickOwner
      ? [
          <ReferenceInput key="ownerId" source="ownerId" reference="staff" sort={BY_NAME}>
            <AutocompleteInput optionText="name" />
          </ReferenceInput>,
        ]
      : []),
    <DictionarySelectInput key="region" type="region" source="region" />,
    <DictionarySelectInput key="industry" type="industry" source="industry" />,
    <DictionarySelectInput key="source" type="customer_source" source="source" />,
    <TextArrayInput key="tags" source="tags" />,
    <SelectInput key="valueTier" source="valueTier" choices={choices.valueTier} />,
    <SelectInput key="abcClass" source="abcClass" choices={choices.abcClass} />,
    <SelectInput key="valueGroup" source="valueGroup" choices={choices.valueGroup} />,
    <SelectInput key="stability" source="stability" choices={choices.stability} />,
    <SelectInput key="behaviour" source="behaviour" choices={choices.behaviour} />,
    <SelectInput key="lifecycleStage" source="lifecycleStage" choices={choices.lifecycleStage} />,
    <SelectInput key="screeningGrade" source="screeningGrade" choices={choices.screeningGrade} />,
    <NumberInput key="fitScoreMin" source="fitScoreMin" min={0} max={100} step={1} />,
    <NumberInput key="fitScoreMax" source="fitScoreMax" min={0} max={100} step={1} />,
    <DateInput key="createdFrom" source="createdFrom" />,
    <DateInput key="createdTo" source="createdTo" />,
    <DateInput key="lastOrderFrom" source="lastOrderFrom" />,
    <DateInput key="lastOrderTo" source="lastOrderTo" />,
  ];
};
