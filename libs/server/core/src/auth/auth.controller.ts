import { Body, Controller, Get, HttpCode, Inject, Ip, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { LoginThrottle } from '../throttling/login-throttle.decorator';
import { CurrentUserDto } from '../users/dto/user.dto';
import { AuthUser, CurrentUser } from './auth-user';
import { AuthService } from './auth.service';
import { AuthSessionDto } from './dto/auth-session.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { Public } from './public.decorator';
import { Authenticated } from '../permissions/require-permission.decorator';
import { UserAgent } from './user-agent.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @LoginThrottle()
  @ApiOperation({
    summary: 'Sign in with email and password. 401 for wrong credentials, 423 while the account is locked',
    operationId: 'login',
    security: [],
  })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-in attempts from this address' })
  login(@Body() dto: LoginDto, @Ip() ip: string, @UserAgent() userAgent?: string) {
    return this.auth.login(dto, { ip, userAgent });
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @LoginThrottle()
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair. Each refresh token works once; reusing one ends the session',
    operationId: 'refreshToken',
    security: [],
  })
  @ApiOkResponse({ type: AuthSessionDto })
  refreshToken(@Body() dto: RefreshTokenDto, @Ip() ip: string, @UserAgent() userAgent?: string) {
    return this.auth.refresh(dto.refreshToken, { ip, userAgent });
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Sign out: ends the session of this refresh token', operationId: 'logout', security: [] })
  @ApiNoContentResponse()
  logout(@Body() dto: RefreshTokenDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user and the permissions they hold', operationId: 'getCurrentUser' })
  @ApiOkResponse({ type: CurrentUserDto })
  getCurrentUser(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Post('change-password')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({
    summary: "Change the signed-in user's password; their other sessions end",
    operationId: 'changePassword',
  })
  @ApiNoContentResponse()
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(user, dto);
  }
}
