// Postgres unique violation (23505) on the given index.
export const isUniqueViolation = (e: unknown, index: string) => {
  const driver = (e as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driver?.code === '23505' && driver.constraint === index;
};
