import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors/domain-error';

export const unknownFileEntity = (entity: string, known: string[]) =>
  new InvalidInputError(`Files cannot be attached to "${entity}"`, [
    { field: 'entity', message: `entity must be one of: ${known.join(', ') || '(none registered)'}` },
  ]);

export const missingUpload = () =>
  new InvalidInputError('No file was sent', [{ field: 'file', message: 'file is required (multipart field "file")' }]);

// The record the file belongs to is missing or outside the user's visibility.
export const attachedRecordNotFound = (entity: string, entityId: string) =>
  new NotFoundError(`Record ${entity}`, entityId);

export const fileNotFound = (id: string) => new NotFoundError('File', id);

export const cannotChangeAttachments = () =>
  new ForbiddenError('You can see this record but not change its attachments');

// The row exists but its bytes are gone from the data directory (restored without the files?).
export const fileContentMissing = (id: string) =>
  new DomainError(404, 'file_content_missing', `The content of file ${id} is missing from storage`);
