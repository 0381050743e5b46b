import { Message, msg } from '../i18n/translate';
import { ConflictError, fieldError } from './domain-error';

// 409 stale_version: the record changed since the client read it (ARCHITECTURE: PATCH sends the
// version it read). The field error points at `version`.
export class StaleVersionError extends ConflictError {
  constructor(
    readonly entity: string,
    readonly sent: number,
    readonly current: number,
    message: Message = msg('stale_version'),
  ) {
    super('stale_version', message, [fieldError('version', 'field.stale')]);
  }
}

// The optimistic-version check of every update: call it on the record read (and locked) in the
// update's transaction, before changing it. `message` words the conflict for the record when the
// generic "the record was changed" is not enough (e.g. msg('stale_version.order')).
export function assertVersion(record: { version: number }, sent: number, entity = 'Record', message?: Message): void {
  if (record.version !== sent) throw new StaleVersionError(entity, sent, record.version, message);
}
