import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const REQUIRED_PERMISSIONS = 'requiredPermissions';
export const IS_AUTHENTICATED = 'isAuthenticated';

const UNAUTHORIZED = 'Not signed in, or the token/API key is invalid';

// Restricts an endpoint to callers holding the permission (or, given several, any one of them:
// the service then checks which, e.g. `interactions.delete.own` vs `.any`). Admin holds them all.
export const RequirePermission = (...permissions: [string, ...string[]]) =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSIONS, permissions),
    ApiUnauthorizedResponse({ description: UNAUTHORIZED }),
    ApiForbiddenResponse({
      description:
        permissions.length === 1
          ? `Needs the permission ${permissions[0]}`
          : `Needs one of the permissions: ${permissions.join(', ')}`,
    }),
  );

// Open to every signed-in user and API key, whatever their permissions; spelled out so each
// endpoint states its rule (the route test fails for an endpoint with no rule).
export const Authenticated = () =>
  applyDecorators(SetMetadata(IS_AUTHENTICATED, true), ApiUnauthorizedResponse({ description: UNAUTHORIZED }));
