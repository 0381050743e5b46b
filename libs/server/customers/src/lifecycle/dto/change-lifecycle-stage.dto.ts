import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { RequiredText } from '../../common/validation';
import { LifecycleStage } from '../../customers/customer.enums';

export class ChangeLifecycleStageDto {
  @ApiProperty({ enum: LifecycleStage, enumName: 'LifecycleStage' })
  @IsEnum(LifecycleStage, { message: `stage must be one of: ${Object.values(LifecycleStage).join(', ')}` })
  stage!: LifecycleStage;

  /** Why the stage changes; kept in the history. */
  @RequiredText(1000, 'Orders fell by half over two quarters')
  reason!: string;
}
