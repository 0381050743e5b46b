/** Select choices for an API enum; names are translation keys `crm.enums.<enumKey>.<value>`. */
export const enumChoices = (enumKey: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `crm.enums.${enumKey}.${id}` }));

export const enumLabel = (enumKey: string, value: string) => `crm.enums.${enumKey}.${value}`;
