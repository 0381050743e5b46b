import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefreshTokenDto {
  /** The refresh token from the last login or refresh; each one works once. */
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'refreshToken is required' })
  @MaxLength(200)
  refreshToken!: string;
}
