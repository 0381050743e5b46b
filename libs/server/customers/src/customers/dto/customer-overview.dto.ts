import { ApiProperty } from '@nestjs/swagger';

export class OverviewContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class OverviewNextStepDto {
  /** The interaction that set it. */
  @ApiProperty({ format: 'uuid' }) interactionId!: string;
  @ApiProperty({ example: 'Send the revised quote' }) nextStep!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextStepAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) staffId!: string | null;
}

// What a rep wants at a glance on the customer page, read in one request.
export class CustomerOverviewDto {
  /** Still to be paid on confirmed and delivered orders. */
  @ApiProperty({ example: '12500.00' }) outstandingAmount!: string;
  /** Confirmed or delivered orders with something still to pay. */
  @ApiProperty() unpaidOrderCount!: number;
  @ApiProperty({ type: OverviewContactDto, nullable: true }) primaryContact!: OverviewContactDto | null;
  /**
   * The next open step from the interactions: the earliest one due from today on; without one, the
   * latest step noted without a date.
   */
  @ApiProperty({ type: OverviewNextStepDto, nullable: true }) nextStep!: OverviewNextStepDto | null;
}
