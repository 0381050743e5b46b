import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from '../../users/dto/user.dto';

export class AuthSessionDto {
  /** JWT for `Authorization: Bearer`. */
  @ApiProperty() accessToken!: string;
  /** Single-use: exchange it at POST /auth/refresh for a new pair. Presenting a used one ends the session. */
  @ApiProperty() refreshToken!: string;
  /** Seconds the access token stays valid. */
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
