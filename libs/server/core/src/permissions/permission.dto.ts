import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../auth/roles';

export class PermissionDto {
  /** The key routes and API-key scopes use, e.g. `customers.write`. The admin's label is `permissions.<key>`. */
  @ApiProperty({ example: 'customers.write' }) key!: string;
  /** The lib declaring it (core, customers, …); the admin groups the list by it. */
  @ApiProperty({ example: 'customers' }) module!: string;
  /** What it allows, in English. */
  @ApiProperty() description!: string;
  /** Roles holding it besides admin, which holds every permission. */
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
}
