// "column IN ('a','b')" for an enum's values, for @Check declarations that mirror the migration.
export const sqlIn = (column: string, values: Record<string, string>) =>
  `${column} IN (${Object.values(values)
    .map((v) => `'${v}'`)
    .join(',')})`;
