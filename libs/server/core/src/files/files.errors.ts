import { DomainError, fieldError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors/domain-error';
import { msg } from '../i18n/translate';

export const unknownFileEntity = (entity: string, known: string[]) =>
  new InvalidInputError(msg('validation_failed.file_entity', { entity }), [
    fieldError('entity', 'field.one_of', { values: known.join(', ') || msg('list.none_registered') }),
  ]);

export const missingUpload = () =>
  new InvalidInputError(msg('validation_failed.no_file'), [fieldError('file', 'field.file_multipart')]);

// The record the file belongs to is missing or outside the user's visibility.
export const attachedRecordNotFound = (entity: string, entityId: string) =>
  new NotFoundError(msg('entity.attached_record', { entity }), entityId);

export const fileNotFound = (id: string) => new NotFoundError('File', id);

export const cannotChangeAttachments = () => new ForbiddenError(msg('forbidden.attachments'));

// The row exists but its bytes are gone from the data directory (restored without the files?).
export const fileContentMissing = (id: string) =>
  new DomainError(404, 'file_content_missing', msg('file_content_missing', { id }));
