import { Inject, Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { NotFoundError } from '../errors/domain-error';
import { scopeKindFor, VisibilityScope } from './visibility-scope';

// Members of every department the user manages, sub-departments included (UNION stops cycles).
const TEAM_SQL = `
  WITH RECURSIVE managed AS (
    SELECT id FROM departments WHERE manager_id = $1
    UNION
    SELECT d.id FROM departments d JOIN managed m ON d.parent_id = m.id
  )
  SELECT u.id FROM users u WHERE u.department_id IN (SELECT id FROM managed)`;

// The row-level rule every module applies to owned records (see visibility-scope.ts for the policy).
@Injectable()
export class RecordVisibilityService {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async scopeFor(user: Pick<AuthUser, 'id' | 'roles'>): Promise<VisibilityScope> {
    const kind = scopeKindFor(user.roles);
    if (kind === 'all') return { kind: 'all' };
    // An API key whose creator was deleted has no identity to own anything.
    if (!user.id) return { kind: 'users', userIds: [] };
    if (kind === 'self') return { kind: 'users', userIds: [user.id] };
    const team: Array<{ id: string }> = await this.ds.query(TEAM_SQL, [user.id]);
    return { kind: 'users', userIds: [...new Set([user.id, ...team.map((r) => r.id)])] };
  }

  // Narrows a list query to visible records. ownerColumnSql is the owner column as SQL, e.g. "c.owner_id".
  async applyToQuery<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    ownerColumnSql: string,
    user: Pick<AuthUser, 'id' | 'roles'>,
  ): Promise<SelectQueryBuilder<T>> {
    const scope = await this.scopeFor(user);
    if (scope.kind === 'all') return qb;
    if (!scope.userIds.length) return qb.andWhere('1 = 0');
    return qb.andWhere(`${ownerColumnSql} IN (:...visibleOwnerIds)`, { visibleOwnerIds: scope.userIds });
  }

  // For single-record endpoints: an invisible record answers 404, like a missing one, so its
  // existence is not revealed.
  async assertVisible(
    user: Pick<AuthUser, 'id' | 'roles'>,
    ownerId: string | null,
    entity = 'Record',
    id?: string,
  ): Promise<void> {
    const scope = await this.scopeFor(user);
    if (scope.kind === 'all') return;
    if (!ownerId || !scope.userIds.includes(ownerId)) throw new NotFoundError(entity, id);
  }
}
