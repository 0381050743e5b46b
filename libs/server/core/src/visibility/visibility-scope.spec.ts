import { Role } from '../auth/roles';
import { scopeKindFor } from './visibility-scope';

describe('scopeKindFor', () => {
  it.each([
    [Role.Admin, 'all'],
    [Role.Executive, 'all'],
    [Role.Marketer, 'all'],
    [Role.ServiceAgent, 'all'],
    [Role.CallAgent, 'all'],
    [Role.SalesManager, 'team'],
    [Role.AccountManager, 'self'],
  ])('gives %s the %s scope', (role, kind) => {
    expect(scopeKindFor([role as Role])).toBe(kind);
  });

  it('gives a user without roles only their own records', () => {
    expect(scopeKindFor([])).toBe('self');
  });

  it('takes the widest scope of several roles', () => {
    expect(scopeKindFor([Role.AccountManager, Role.SalesManager])).toBe('team');
    expect(scopeKindFor([Role.SalesManager, Role.Executive])).toBe('all');
  });
});
