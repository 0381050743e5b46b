import '../i18n/messages';
import { ConflictError, fieldError, InvalidInputError, msg } from '@crm/server-core';

const codeInUse = (code: string) => [fieldError('code', 'field.value_in_use', { value: code })];

export const productLineCodeTaken = (code: string) =>
  new ConflictError('product_line_code_taken', { code }, codeInUse(code));

export const productCategoryCodeTaken = (code: string) =>
  new ConflictError('product_category_code_taken', { code }, codeInUse(code));

export const productCodeTaken = (code: string) => new ConflictError('product_code_taken', { code }, codeInUse(code));

export const productLineInUse = (code: string) => new ConflictError('product_line_in_use', { code });

export const productCategoryInUse = (code: string) => new ConflictError('product_category_in_use', { code });

export const productInUse = (code: string) => new ConflictError('product_in_use', { code });

export const unknownProductLine = () =>
  new InvalidInputError(msg('validation_failed.unknown_product_line'), [
    fieldError('lineId', 'field.existing_product_line'),
  ]);

export const unknownProductCategory = () =>
  new InvalidInputError(msg('validation_failed.unknown_product_category'), [
    fieldError('categoryId', 'field.existing_product_category'),
  ]);
