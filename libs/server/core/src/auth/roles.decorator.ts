import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from './roles';

export const ROLES_KEY = 'roles';

// Restricts an endpoint to users holding one of the roles. `admin` passes every check (it may do
// everything, SPEC section 0), so it need not be listed.
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the token/API key is invalid' }),
    ApiForbiddenResponse({ description: `Needs one of the roles: ${[...new Set([Role.Admin, ...roles])].join(', ')}` }),
  );

// Open to every signed-in user and API key, whatever their role; spelled out so each endpoint states its rule.
export const Authenticated = () =>
  applyDecorators(ApiUnauthorizedResponse({ description: 'Not signed in, or the token/API key is invalid' }));
