import { Role } from '../auth/roles';
import { NotFoundError } from '../errors/domain-error';
import { createDepartment, createTestApp, createUser, TestContext } from '../testing';
import { RecordVisibilityService } from './record-visibility.service';

describe('RecordVisibilityService on PostgreSQL', () => {
  let ctx: TestContext;
  let visibility: RecordVisibilityService;
  let manager: { id: string; roles: Role[] };
  let inTeam: { id: string; roles: Role[] };
  let inSubTeam: { id: string; roles: Role[] };
  let outsider: { id: string; roles: Role[] };

  beforeAll(async () => {
    ctx = await createTestApp();
    visibility = ctx.app.get(RecordVisibilityService);
    manager = await createUser(ctx.ds, { roles: [Role.SalesManager] });
    const team = await createDepartment(ctx.ds, { managerId: manager.id });
    const subTeam = await createDepartment(ctx.ds, { parentId: team.id });
    const other = await createDepartment(ctx.ds);
    inTeam = await createUser(ctx.ds, { departmentId: team.id });
    inSubTeam = await createUser(ctx.ds, { departmentId: subTeam.id, active: false });
    outsider = await createUser(ctx.ds, { departmentId: other.id });
    // A stand-in for any owned record (customers, opportunities, …).
    await ctx.ds.query('CREATE TABLE notes (id serial PRIMARY KEY, owner_id uuid)');
    for (const owner of [manager, inTeam, inSubTeam, outsider])
      await ctx.ds.query('INSERT INTO notes (owner_id) VALUES ($1)', [owner.id]);
    await ctx.ds.query('INSERT INTO notes (owner_id) VALUES (NULL)');
  });
  afterAll(() => ctx.close());

  const visibleOwners = async (user: { id: string | null; roles: Role[] }) => {
    const qb = ctx.ds.createQueryBuilder().select('n.owner_id', 'ownerId').from('notes', 'n');
    await visibility.applyToQuery(qb, 'n.owner_id', user);
    return (await qb.getRawMany<{ ownerId: string | null }>()).map((r) => r.ownerId);
  };

  it('lets a sales manager see themselves and every member of their departments, sub-departments included', async () => {
    const scope = await visibility.scopeFor(manager);
    expect(scope.kind).toBe('users');
    expect(scope.kind === 'users' && [...scope.userIds].sort()).toEqual([manager.id, inTeam.id, inSubTeam.id].sort());
    expect((await visibleOwners(manager)).sort()).toEqual([manager.id, inTeam.id, inSubTeam.id].sort());
  });

  it('limits an account manager to their own records', async () => {
    expect(await visibility.scopeFor(inTeam)).toEqual({ kind: 'users', userIds: [inTeam.id] });
    expect(await visibleOwners(inTeam)).toEqual([inTeam.id]);
  });

  it.each([Role.Admin, Role.Executive, Role.Marketer, Role.ServiceAgent, Role.CallAgent])(
    'lets %s see every record, unowned ones included',
    async (role) => {
      const user = { id: outsider.id, roles: [role] };
      expect(await visibility.scopeFor(user)).toEqual({ kind: 'all' });
      expect(await visibleOwners(user)).toHaveLength(5);
    },
  );

  it('answers not found for a record outside the scope', async () => {
    await expect(visibility.assertVisible(inTeam, outsider.id, 'Customer', 'x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(visibility.assertVisible(manager, inSubTeam.id)).resolves.toBeUndefined();
    await expect(visibility.assertVisible(manager, outsider.id)).rejects.toMatchObject({ status: 404 });
  });
});
