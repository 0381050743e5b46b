import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';
// Opens an endpoint to unauthenticated callers (login, health, docs).
export const Public = () => SetMetadata(IS_PUBLIC, true);
