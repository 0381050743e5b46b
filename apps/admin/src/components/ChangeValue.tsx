import { useGetManyAggregate, useGetRecordRepresentation, useTranslate } from 'react-admin';
import { fieldFormat } from './auditFields';
import { useDictionary } from './dictionary/useDictionary';
import { enumLabel } from './enums';

type Translate = ReturnType<typeof useTranslate>;

const EMPTY = '—';
const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value)]);

const plain = (value: unknown, translate: Translate): string => {
  if (isEmpty(value)) return EMPTY;
  if (typeof value === 'boolean') return translate(`ra.boolean.${value}`);
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
};

const DictionaryValue = ({ type, value }: { type: string; value: unknown }) => {
  const { label } = useDictionary(type);
  return <>{asList(value).map(label).join(', ')}</>;
};

// Names through react-admin's batched getMany, so a table of changes asks once per resource.
const ReferenceValue = ({ reference, value }: { reference: string; value: unknown }) => {
  const ids = asList(value);
  const { data } = useGetManyAggregate(reference, { ids });
  const represent = useGetRecordRepresentation(reference);
  const names = ids.map((id) => {
    const record = data?.find((r) => String(r.id) === id);
    return record ? String(represent(record)) : id;
  });
  return <>{names.join(', ')}</>;
};

/** One before/after value of an audit entry, as a user reads it (labels and names, in the UI language). */
export const ChangeValue = ({ entity, field, value }: { entity: string; field: string; value: unknown }) => {
  const translate = useTranslate();
  const format = fieldFormat(entity, field);
  if (isEmpty(value) || !format) return <>{plain(value, translate)}</>;
  switch (format.kind) {
    case 'dictionary':
      return <DictionaryValue type={format.type} value={value} />;
    case 'reference':
      return <ReferenceValue reference={format.reference} value={value} />;
    case 'enum':
      return (
        <>
          {asList(value)
            .map((v) => translate(enumLabel(format.enumKey, v), { _: v }))
            .join(', ')}
        </>
      );
    case 'fields':
      return (
        <>
          {asList(value)
            .map((name) => translate(`resources.${entity}.fields.${name}`, { _: name }))
            .join(', ')}
        </>
      );
    case 'roles':
      return (
        <>
          {asList(value)
            .map((role) => translate(`crm.roles.${role}`, { _: role }))
            .join(', ')}
        </>
      );
  }
};
