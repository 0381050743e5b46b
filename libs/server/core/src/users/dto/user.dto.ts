import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../auth/roles';
import { LOCALES } from '../../i18n/translate';
import { User } from '../user.entity';
import type { ScopeKind } from '../../visibility/visibility-scope';

export { LOCALES, type Locale } from '../../i18n/translate';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Sign-in email, lower-cased. */
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  /** Deactivated users cannot sign in; their tokens stop working at once. */
  @ApiProperty() active!: boolean;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

// GET /auth/me: the user and what they may do, so a client shows only what the user can use.
export class CurrentUserDto extends UserDto {
  /** Permission keys held through the user's roles (see GET /permissions). */
  @ApiProperty({ type: [String], example: ['customers.read', 'customers.write'] }) permissions!: string[];
  /** Whose owned records the user sees: all, their team's (departments they manage) or only their own. */
  @ApiProperty({ enum: ['all', 'team', 'self'], enumName: 'VisibilityScopeKind' }) visibility!: ScopeKind;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) data!: UserDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toUserDto = (u: User): UserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles,
  departmentId: u.departmentId,
  active: u.active,
  locale: u.locale,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
  version: u.version,
});
