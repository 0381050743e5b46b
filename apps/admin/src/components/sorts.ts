import type { SortPayload } from 'react-admin';

// react-admin's default reference sort is by id, which the API does not offer; names read better anyway.
export const BY_NAME: SortPayload = { field: 'name', order: 'ASC' };
