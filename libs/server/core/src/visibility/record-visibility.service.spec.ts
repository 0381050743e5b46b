import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Role } from '../auth/roles';
import { NotFoundError } from '../errors/domain-error';
import { RecordVisibilityService } from './record-visibility.service';

const ME = '00000000-0000-4000-8000-000000000001';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function setup(team: string[] = []) {
  const query = jest.fn().mockResolvedValue(team.map((id) => ({ id })));
  const service = new RecordVisibilityService({ query } as unknown as DataSource);
  return { service, query };
}

describe('RecordVisibilityService.scopeFor', () => {
  it.each([Role.Admin, Role.Executive, Role.Marketer, Role.ServiceAgent, Role.CallAgent])(
    'lets %s see all records without querying teams',
    async (role) => {
      const { service, query } = setup();
      await expect(service.scopeFor({ id: ME, roles: [role] })).resolves.toEqual({ kind: 'all' });
      expect(query).not.toHaveBeenCalled();
    },
  );

  it('limits an account manager to their own records', async () => {
    const { service, query } = setup([A]);
    await expect(service.scopeFor({ id: ME, roles: [Role.AccountManager] })).resolves.toEqual({
      kind: 'users',
      userIds: [ME],
    });
    expect(query).not.toHaveBeenCalled();
  });

  it('gives a sales manager themselves plus the members of the departments they manage', async () => {
    const { service, query } = setup([A, B, ME]);
    await expect(service.scopeFor({ id: ME, roles: [Role.SalesManager] })).resolves.toEqual({
      kind: 'users',
      userIds: [ME, A, B],
    });
    expect(query).toHaveBeenCalledWith(expect.stringContaining('WITH RECURSIVE'), [ME]);
  });

  it('gives an identity-less API key with a scoped role nothing', async () => {
    const { service } = setup([A]);
    await expect(service.scopeFor({ id: null, roles: [Role.SalesManager] })).resolves.toEqual({
      kind: 'users',
      userIds: [],
    });
  });
});

describe('RecordVisibilityService.assertVisible', () => {
  it('answers not found (never forbidden) for a record owned by someone outside the scope', async () => {
    const { service } = setup();
    await expect(service.assertVisible({ id: ME, roles: [Role.AccountManager] }, A, 'Customer', 'c1')).rejects.toEqual(
      new NotFoundError('Customer', 'c1'),
    );
    await expect(service.assertVisible({ id: ME, roles: [Role.AccountManager] }, null)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('passes for own records and for wide roles', async () => {
    const { service } = setup();
    await expect(service.assertVisible({ id: ME, roles: [Role.AccountManager] }, ME)).resolves.toBeUndefined();
    await expect(service.assertVisible({ id: ME, roles: [Role.Executive] }, A)).resolves.toBeUndefined();
  });
});

describe('RecordVisibilityService.applyToQuery', () => {
  const qb = () =>
    ({ andWhere: jest.fn().mockReturnThis() }) as unknown as SelectQueryBuilder<object> & {
      andWhere: jest.Mock;
    };

  it('adds owner IN (ids) for a scoped user', async () => {
    const { service } = setup();
    const q = qb();
    await service.applyToQuery(q, 'c.owner_id', { id: ME, roles: [Role.AccountManager] });
    expect(q.andWhere).toHaveBeenCalledWith('c.owner_id IN (:...visibleOwnerIds)', { visibleOwnerIds: [ME] });
  });

  it('leaves the query alone for a wide role and matches nothing for an empty scope', async () => {
    const { service } = setup();
    const wide = qb();
    await service.applyToQuery(wide, 'c.owner_id', { id: ME, roles: [Role.Admin] });
    expect(wide.andWhere).not.toHaveBeenCalled();
    const empty = qb();
    await service.applyToQuery(empty, 'c.owner_id', { id: null, roles: [Role.AccountManager] });
    expect(empty.andWhere).toHaveBeenCalledWith('1 = 0');
  });
});
