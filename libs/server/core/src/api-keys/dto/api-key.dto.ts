import { ApiProperty } from '@nestjs/swagger';
import { ApiKey } from '../api-key.entity';

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  /** First characters of the key (crm_<prefix>_…), to recognise it; the key itself is never shown again. */
  @ApiProperty({ example: '3f9a1c2e' }) prefix!: string;
  /** Permission keys requests with this key may use, within its creator's current permissions.
   * `role:<role>` (keys made before scopes) stands for every permission of that role. */
  @ApiProperty({ type: [String], example: ['customers.read', 'orders.read'] }) scopes!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  /** Updated at most once a minute. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  /** The full key, shown only in this response: store it now. Send it as the X-API-Key header. */
  @ApiProperty({ example: 'crm_3f9a1c2e_…' }) key!: string;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyDto] }) data!: ApiKeyDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toApiKeyDto = (k: ApiKey): ApiKeyDto => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  createdById: k.createdById,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  expiresAt: k.expiresAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
  createdAt: k.createdAt.toISOString(),
  updatedAt: k.updatedAt.toISOString(),
  version: k.version,
});
