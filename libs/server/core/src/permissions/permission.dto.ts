import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../auth/roles';

export class PermissionDto {
  /** The key again, so clients that need an `id` per record have one. */
  @ApiProperty({ example: 'customers.write' }) id!: string;
  /** The key routes and API-key scopes use, e.g. `customers.write`. The admin's label is `permissions.<key>`. */
  @ApiProperty({ example: 'customers.write' }) key!: string;
  /** The lib declaring it (core, customers, …); the admin groups the list by it. */
  @ApiProperty({ example: 'customers' }) module!: string;
  /** What it allows, in English. */
  @ApiProperty() description!: string;
  /** Roles holding it besides admin, which holds every permission. */
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
}

// The whole catalog in one page (it is small); the list envelope keeps the API's list convention.
export class PermissionPageDto {
  @ApiProperty({ type: [PermissionDto] }) data!: PermissionDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
