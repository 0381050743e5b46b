import type { Permission } from '../../providers/types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const LEGACY_ROLE = 'role:';

/** A permission key in the UI language; `role:<role>` (keys made before scopes) names its role. */
export const permissionLabel = (translate: Translate, key: string, catalog?: Permission[]): string => {
  if (key.startsWith(LEGACY_ROLE)) {
    const role = translate(`crm.roles.${key.slice(LEGACY_ROLE.length)}`);
    return translate('crm.api_keys_scopes.legacy_role', { role });
  }
  const fallback = catalog?.find((p) => p.key === key)?.description ?? key;
  return translate(`crm.permissions.${key.replaceAll('.', '_')}`, { _: fallback });
};
