import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Department } from '../departments/department.entity';
import { InitialAdminService } from './initial-admin.service';
import { User } from './user.entity';
import { StaffController } from './staff.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Department, RefreshToken])],
  controllers: [UsersController, StaffController],
  providers: [UsersService, InitialAdminService],
  exports: [UsersService, InitialAdminService, TypeOrmModule],
})
export class UsersModule {}
