import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { Role } from '../auth/roles';
import { fieldError, InvalidInputError } from '../errors/domain-error';
import { Message, msg } from '../i18n/translate';
import { User } from '../users/user.entity';
import { RecordVisibilityService } from './record-visibility.service';

export interface OwnerResolutionOptions {
  // The field as the request names it (errors point at it), e.g. "changes.ownerId" in a bulk update.
  field?: string;
  // The problem's detail when the owner is outside the caller's reach, worded for the record.
  outOfScope?: Message;
  // The owner when none is sent (undefined); by default the caller (see defaultOwner).
  fallback?: string | null;
}

// Who may be set as the owner (or handler) of an owned record, the one rule every module applies:
// an active user within the caller's own visibility (account managers only themselves, sales
// managers their team, wide roles anyone; nobody else or nobody at all only for wide roles), so
// nobody creates or hands over a record they then cannot see.
@Injectable()
export class OwnerResolutionService {
  constructor(@Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService) {}

  // The owner to store for `requested`: undefined means "not sent" (the fallback), null "nobody".
  // Throws 400 with a field error when the caller may not choose it.
  async resolveOwner(
    m: EntityManager,
    user: Pick<AuthUser, 'id' | 'roles'>,
    requested: string | null | undefined,
    options: OwnerResolutionOptions = {},
  ): Promise<string | null> {
    const field = options.field ?? 'ownerId';
    const outOfScope = () =>
      new InvalidInputError(options.outOfScope ?? msg('validation_failed.record_owner_out_of_scope'), [
        fieldError(field, 'field.you_or_team'),
      ]);
    const scope = await this.visibility.scopeFor(user);
    if (requested === undefined) {
      if (options.fallback !== undefined) return options.fallback;
      return scope.kind !== 'all' || ownsByDefault(user) ? user.id : null;
    }
    if (requested === null) {
      if (scope.kind !== 'all') throw outOfScope();
      return null;
    }
    if (!(await m.existsBy(User, { id: requested, active: true })))
      throw new InvalidInputError(msg('validation_failed.unknown_owner'), [fieldError(field, 'field.active_user')]);
    if (scope.kind !== 'all' && !scope.userIds.includes(requested)) throw outOfScope();
    return requested;
  }
}

// Who owns what they create when they name no owner: everyone whose visibility is scoped (or they
// could not see it), and account and sales managers even when another role widens their view.
// Staff with only wide roles (an admin entering data) leave the record unowned.
const ownsByDefault = (user: Pick<AuthUser, 'roles'>) =>
  user.roles.includes(Role.AccountManager) || user.roles.includes(Role.SalesManager);
