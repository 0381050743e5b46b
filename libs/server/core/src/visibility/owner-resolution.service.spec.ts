import { EntityManager } from 'typeorm';
import { Role } from '../auth/roles';
import { InvalidInputError } from '../errors/domain-error';
import { msg } from '../i18n/translate';
import { OwnerResolutionService } from './owner-resolution.service';
import { RecordVisibilityService } from './record-visibility.service';
import { VisibilityScope } from './visibility-scope';

const ME = '00000000-0000-4000-8000-000000000001';
const TEAMMATE = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';

function setup(scope: VisibilityScope, activeUsers: string[] = [ME, TEAMMATE, OTHER]) {
  const visibility = { scopeFor: jest.fn().mockResolvedValue(scope) } as unknown as RecordVisibilityService;
  const existsBy = jest.fn(async (_entity: unknown, where: { id: string; active: boolean }) =>
    activeUsers.includes(where.id),
  );
  const m = { existsBy } as unknown as EntityManager;
  return { owners: new OwnerResolutionService(visibility), m, existsBy };
}

const accountManager = { id: ME, roles: [Role.AccountManager] };
const salesManager = { id: ME, roles: [Role.SalesManager] };
const admin = { id: ME, roles: [Role.Admin] };
const self: VisibilityScope = { kind: 'users', userIds: [ME] };
const team: VisibilityScope = { kind: 'users', userIds: [ME, TEAMMATE] };
const all: VisibilityScope = { kind: 'all' };

describe('OwnerResolutionService.resolveOwner', () => {
  describe('when no owner is sent', () => {
    it('makes an account manager or a sales manager the owner', async () => {
      const scoped = setup(self);
      await expect(scoped.owners.resolveOwner(scoped.m, accountManager, undefined)).resolves.toBe(ME);
      const manager = setup(team);
      await expect(manager.owners.resolveOwner(manager.m, salesManager, undefined)).resolves.toBe(ME);
    });

    it('keeps a sales manager the owner even when another role widens their view', async () => {
      const { owners, m } = setup(all);
      await expect(
        owners.resolveOwner(m, { id: ME, roles: [Role.SalesManager, Role.Executive] }, undefined),
      ).resolves.toBe(ME);
    });

    it('leaves the record unowned for an admin', async () => {
      const { owners, m } = setup(all);
      await expect(owners.resolveOwner(m, admin, undefined)).resolves.toBeNull();
    });

    it('uses the fallback the caller gives (e.g. the customer owner) without checking it', async () => {
      const { owners, m, existsBy } = setup(self);
      await expect(owners.resolveOwner(m, accountManager, undefined, { fallback: OTHER })).resolves.toBe(OTHER);
      await expect(owners.resolveOwner(m, accountManager, undefined, { fallback: null })).resolves.toBeNull();
      expect(existsBy).not.toHaveBeenCalled();
    });
  });

  describe('when nobody (null) is sent', () => {
    it('lets a wide role leave the record unowned', async () => {
      const { owners, m } = setup(all);
      await expect(owners.resolveOwner(m, admin, null)).resolves.toBeNull();
    });

    it('refuses it to a scoped user, naming the field', async () => {
      const { owners, m } = setup(team);
      const error = await owners.resolveOwner(m, salesManager, null).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({
        status: 400,
        key: 'validation_failed.record_owner_out_of_scope',
        errors: [
          { field: 'ownerId', key: 'field.you_or_team', message: 'ownerId must be you or a member of your team' },
        ],
      });
    });
  });

  describe('when a user is sent', () => {
    it('lets an account manager choose only themselves', async () => {
      const { owners, m } = setup(self);
      await expect(owners.resolveOwner(m, accountManager, ME)).resolves.toBe(ME);
      await expect(owners.resolveOwner(m, accountManager, TEAMMATE)).rejects.toMatchObject({
        errors: [{ field: 'ownerId', key: 'field.you_or_team' }],
      });
    });

    it('lets a sales manager choose a member of their team but nobody outside it', async () => {
      const { owners, m } = setup(team);
      await expect(owners.resolveOwner(m, salesManager, TEAMMATE)).resolves.toBe(TEAMMATE);
      await expect(owners.resolveOwner(m, salesManager, OTHER)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('lets an admin choose anyone', async () => {
      const { owners, m } = setup(all);
      await expect(owners.resolveOwner(m, admin, OTHER)).resolves.toBe(OTHER);
    });

    it('refuses an unknown or inactive user, even to an admin', async () => {
      const { owners, m, existsBy } = setup(all, [ME]);
      await expect(owners.resolveOwner(m, admin, OTHER)).rejects.toMatchObject({
        status: 400,
        key: 'validation_failed.unknown_owner',
        errors: [{ field: 'ownerId', key: 'field.active_user' }],
      });
      expect(existsBy).toHaveBeenCalledWith(expect.anything(), { id: OTHER, active: true });
    });

    it('checks that the user is active before the scope, so an inactive teammate reads as unknown', async () => {
      const { owners, m } = setup(team, [ME]);
      await expect(owners.resolveOwner(m, salesManager, TEAMMATE)).rejects.toMatchObject({
        key: 'validation_failed.unknown_owner',
      });
    });
  });

  it('words the errors for the record and names the field as the request does', async () => {
    const { owners, m } = setup(self);
    await expect(
      owners.resolveOwner(m, accountManager, OTHER, {
        field: 'changes.ownerId',
        outOfScope: msg('validation_failed.order_owner_out_of_scope'),
      }),
    ).rejects.toMatchObject({
      key: 'validation_failed.order_owner_out_of_scope',
      errors: [
        {
          field: 'changes.ownerId',
          key: 'field.you_or_team',
          params: { field: 'changes.ownerId' },
          message: 'changes.ownerId must be you or a member of your team',
        },
      ],
    });
  });
});
