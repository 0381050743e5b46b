import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../users/passwords';

export class LoginDto {
  /** Matched regardless of case. */
  @ApiProperty({ example: 'admin@example.com' })
  @IsString()
  @IsNotEmpty({ message: 'email is required' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
