import { describe, expect, it } from 'vitest';
import { canAccess, canCreate, canExport, canWrite } from './permissions';
import { permissionsFor } from './test/rolePermissions';

describe('permissions', () => {
  it('opens screens and buttons from permission keys, not roles', () => {
    const executive = permissionsFor(['executive']);
    expect(canAccess(executive, 'customers')).toBe(true);
    expect(canWrite(executive, 'customers')).toBe(false);
    expect(canCreate(executive, 'customers')).toBe(false);
    expect(canAccess(executive, 'import')).toBe(false);
    expect(canAccess(['imports.run'], 'import')).toBe(true);
    expect(canWrite(['customers.write'], 'customers')).toBe(true);
  });

  it('lets service and call agents add contacts without changing them', () => {
    for (const role of ['service_agent', 'call_agent']) {
      const held = permissionsFor([role]);
      expect(canCreate(held, 'contacts')).toBe(true);
      expect(canWrite(held, 'contacts')).toBe(false);
    }
  });

  it('shows the export only with the export permission: not to call agents', () => {
    expect(canExport(permissionsFor(['call_agent']), 'customers')).toBe(false);
    expect(canExport(permissionsFor(['service_agent']), 'customers')).toBe(true);
    expect(canExport(['customers.read'], 'customers')).toBe(false);
  });

  it('treats unknown sections as open and unknown resources as read-only', () => {
    expect(canAccess([], 'notifications')).toBe(true);
    expect(canWrite(permissionsFor(['admin']), 'notifications')).toBe(false);
  });
});
