import { ConflictError, InvalidInputError } from '@crm/server-core';

export const productLineCodeTaken = (code: string) =>
  new ConflictError('product_line_code_taken', `Another product line already has the code ${code}`, [
    { field: 'code', message: `code ${code} is already in use` },
  ]);

export const productCategoryCodeTaken = (code: string) =>
  new ConflictError('product_category_code_taken', `Another product category already has the code ${code}`, [
    { field: 'code', message: `code ${code} is already in use` },
  ]);

export const productCodeTaken = (code: string) =>
  new ConflictError('product_code_taken', `Another product already has the code ${code}`, [
    { field: 'code', message: `code ${code} is already in use` },
  ]);

export const productLineInUse = (code: string) =>
  new ConflictError('product_line_in_use', `Product line ${code} still has categories; move or delete them first`);

export const productCategoryInUse = (code: string) =>
  new ConflictError(
    'product_category_in_use',
    `Product category ${code} still has products; move or delete them first`,
  );

export const productInUse = (code: string) =>
  new ConflictError(
    'product_in_use',
    `Product ${code} is on orders and cannot be deleted; mark it discontinued instead`,
  );

export const unknownProductLine = () =>
  new InvalidInputError('The product line does not exist', [
    { field: 'lineId', message: 'lineId must refer to an existing product line' },
  ]);

export const unknownProductCategory = () =>
  new InvalidInputError('The product category does not exist', [
    { field: 'categoryId', message: 'categoryId must refer to an existing product category' },
  ]);
