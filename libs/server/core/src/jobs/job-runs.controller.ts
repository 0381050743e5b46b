import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../permissions/require-permission.decorator';
import { JobRunPageDto, JobRunQueryDto } from './dto/job-run.dto';
import { JobRunsService } from './job-runs.service';

@ApiTags('job-runs')
@Controller('job-runs')
export class JobRunsController {
  constructor(@Inject(JobRunsService) private readonly runs: JobRunsService) {}

  @Get()
  @RequirePermission('job_runs.read')
  @ApiOperation({ summary: 'Background job runs, newest first', operationId: 'listJobRuns' })
  @ApiOkResponse({ type: JobRunPageDto })
  listJobRuns(@Query() query: JobRunQueryDto): Promise<JobRunPageDto> {
    return this.runs.list(query);
  }
}
