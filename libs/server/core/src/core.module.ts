import { DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DashboardModule } from './dashboard/dashboard.module';
import { DepartmentsModule } from './departments/departments.module';
import { FilesModule } from './files/files.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import type { QueueDefinition } from './jobs/queue-name';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RuntimeModule } from './runtime/runtime.module';
import { ContributionsModule } from './platform/contributions';
import { PermissionsModule } from './permissions/permissions.module';
import { PROCESS_ROLE, Runtime } from './runtime/prepare-runtime';
import { UsersModule } from './users/users.module';
import { VisibilityModule } from './visibility/visibility.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export interface CoreOptions {
  runtime: Runtime;
  // 'api' serves HTTP; 'worker' runs processors (see apps/worker).
  role: 'api' | 'worker';
  // The domain libs' queues (CrmComposition.queues); core's own are always there.
  queues?: readonly QueueDefinition[];
}

@Module({})
export class CoreModule {
  static forRoot({ runtime, role, queues = [] }: CoreOptions): DynamicModule {
    const { config } = runtime;
    return {
      module: CoreModule,
      global: true,
      providers: [{ provide: PROCESS_ROLE, useValue: role }],
      imports: [
        ConfigModule.forRoot(config),
        RuntimeModule.forRoot(runtime),
        TypeOrmModule.forRoot({
          ...(dataSourceOptions(
            runtime.databaseUrl,
            runtime.migrations,
            config.database.logQueries,
          ) as DataSourceOptions),
          autoLoadEntities: true,
          migrationsRun: false,
          extra: { max: role === 'api' ? 20 : 10, application_name: `crm-${role}` },
        } as Parameters<typeof TypeOrmModule.forRoot>[0]),
        EventEmitterModule.forRoot({ wildcard: true }),
        ContributionsModule,
        PermissionsModule,
        HealthModule,
        JobsModule.forRoot(runtime, role, queues),
        MailModule,
        AuditModule,
        NotificationsModule,
        AuthModule,
        UsersModule,
        DepartmentsModule,
        ApiKeysModule,
        VisibilityModule,
        FilesModule,
        WebhooksModule.forRoot(role),
        DashboardModule,
      ],
      exports: [
        PROCESS_ROLE,
        ContributionsModule,
        ConfigModule,
        RuntimeModule,
        TypeOrmModule,
        JobsModule,
        MailModule,
        AuditModule,
        NotificationsModule,
        AuthModule,
        UsersModule,
        DepartmentsModule,
        ApiKeysModule,
        VisibilityModule,
        FilesModule,
        WebhooksModule,
      ],
    };
  }
}
