import CategoryIcon from '@mui/icons-material/Category';
import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem, FilterLiveSearch, useTranslate } from 'react-admin';
import { DICTIONARY_TYPES, dictionaryTypeLabel } from './dictionaryTypes';

/** The lists as a sidebar: one click shows the entries of a list. */
export const DictionaryEntryListFilter = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 2, width: 240, flexShrink: 0 }}>
      <CardContent>
        <FilterLiveSearch source="q" />
        <FilterList label="resources.dictionary-entries.fields.type" icon={<CategoryIcon />}>
          {DICTIONARY_TYPES.map((type) => (
            <FilterListItem key={type} label={translate(dictionaryTypeLabel(type))} value={{ type }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
