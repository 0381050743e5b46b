import { Module } from '@nestjs/common';
import { OwnerResolutionService } from './owner-resolution.service';
import { RecordVisibilityService } from './record-visibility.service';

@Module({
  providers: [RecordVisibilityService, OwnerResolutionService],
  exports: [RecordVisibilityService, OwnerResolutionService],
})
export class VisibilityModule {}
