import { Module } from '@nestjs/common';
import { RecordVisibilityService } from './record-visibility.service';

@Module({ providers: [RecordVisibilityService], exports: [RecordVisibilityService] })
export class VisibilityModule {}
