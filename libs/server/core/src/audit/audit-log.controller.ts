import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../permissions/require-permission.decorator';
import { AuditService } from './audit.service';
import { AuditChangeDto, AuditEntryPageDto, AuditLogQueryDto } from './dto/audit-entry.dto';

@ApiTags('audit-log')
@ApiExtraModels(AuditChangeDto)
@Controller('audit-log')
export class AuditLogController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'Who changed what and when, newest first', operationId: 'listAuditLog' })
  @ApiOkResponse({ type: AuditEntryPageDto })
  listAuditLog(@Query() query: AuditLogQueryDto): Promise<AuditEntryPageDto> {
    return this.audit.list(query);
  }
}
