import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AppConfig } from '../config/app-config';
import { ThrottlingModule } from '../throttling/throttling.module';
import { ThrottlingGuard } from '../throttling/throttling.guard';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { PermissionsGuard } from '../permissions/permissions.guard';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    UsersModule,
    ApiKeysModule,
    ThrottlingModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    AuthenticationGuard,
    // Global guards run in the order they are listed here: throttling → authentication → permissions.
    { provide: APP_GUARD, useExisting: ThrottlingGuard },
    { provide: APP_GUARD, useExisting: AuthenticationGuard },
    { provide: APP_GUARD, useExisting: PermissionsGuard },
  ],
  exports: [AuthService, SessionsService, JwtModule],
})
export class AuthModule {}
