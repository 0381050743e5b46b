import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CorePermissions } from '../permissions';
import { PermissionsController } from './permissions.controller';
import { PermissionsGuard } from './permissions.guard';
import { PermissionsService } from './permissions.service';

// Global: authentication (users and API keys), the guard and any lib's service resolve permissions here.
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [PermissionsController],
  providers: [PermissionsService, PermissionsGuard, CorePermissions],
  exports: [PermissionsService, PermissionsGuard],
})
export class PermissionsModule {}
