import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { AUDIT_ACTIONS, AuditAction, AuditChanges, AuditLogEntry } from '../audit-log-entry.entity';

const ACTOR_KINDS = ['user', 'api_key', 'system'] as const;

export class AuditLogQueryDto extends ListQueryDto {
  /** Resource name of the audited record, e.g. "users". */
  @ApiPropertyOptional({ example: 'users' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entity?: string;

  /** Only entries about this record. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;

  /** Only entries made by this user or API key. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of: ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  /** Entries at or after this date or date-time (ISO-8601). */
  @ApiPropertyOptional({ example: '2025-01-01' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'from must be an ISO-8601 date or date-time' })
  from?: string;

  /** Entries up to this date-time, or through the end of this date (ISO-8601). */
  @ApiPropertyOptional({ example: '2025-01-31' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'to must be an ISO-8601 date or date-time' })
  to?: string;
}

export class AuditChangeDto {
  @ApiProperty({ description: 'Value before the change (null on create)', nullable: true }) before!: unknown;
  @ApiProperty({ description: 'Value after the change (null on delete)', nullable: true }) after!: unknown;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Resource name of the record, e.g. "users". */
  @ApiProperty() entity!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action!: AuditAction;
  /** User or API key that made the change; null for the system. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ enum: ACTOR_KINDS, enumName: 'AuditActorKind' }) actorKind!: (typeof ACTOR_KINDS)[number];
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  /** Changed fields only: {"name": {"before": "Old", "after": "New"}}. */
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/AuditChangeDto' } })
  changes!: AuditChanges;
  /** Request (or job) that made the change, to group entries of one action. */
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuditEntryPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) data!: AuditEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toAuditEntryDto = (e: AuditLogEntry): AuditEntryDto => ({
  id: e.id,
  entity: e.entity,
  entityId: e.entityId,
  action: e.action,
  actorId: e.actorId,
  actorKind: e.actorKind,
  actorName: e.actorName,
  changes: e.changes,
  requestId: e.requestId,
  createdAt: e.createdAt.toISOString(),
});
