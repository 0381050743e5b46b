import { RequirePermission } from '@crm/server-core';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ClassificationService } from './classification.service';
import { ClassifyCustomersDto, ClassifyJobDto } from './dto/classify.dto';

@ApiTags('customers')
@Controller('customers')
export class ClassificationController {
  constructor(private readonly classification: ClassificationService) {}

  @Post('classify')
  @ApiAcceptedResponse({ type: ClassifyJobDto })
  @HttpCode(202)
  @RequirePermission('customers.classify')
  @ApiServiceUnavailableResponse({ description: 'jobs_disabled: background jobs are off (no Redis)' })
  @ApiOperation({
    summary:
      'Queue the customer classification job now (value tier, ABC, value group, stability, behaviour, lifecycle stage)',
    operationId: 'classifyCustomers',
  })
  classifyCustomers(@Body() dto: ClassifyCustomersDto): Promise<ClassifyJobDto> {
    return this.classification.enqueueClassification(dto);
  }
}
