/** Rows per page of every list (the API's default pageSize too); react-admin's own default is 10. */
export const LIST_PAGE_SIZE = 25;
