import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Logger, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { RefreshToken } from '../auth/refresh-token.entity';
import { MailModule } from '../mail/mail.module';
import { MailProcessor } from '../mail/mail.processor';
import { Runtime } from '../runtime/prepare-runtime';
import { BatchJobRunner } from './batch-job-runner.service';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobRun } from './job-run.entity';
import { JobRunsController } from './job-runs.controller';
import { JobRunsService } from './job-runs.service';
import { JobWorkers } from './job-workers.service';
import { JobsHealth } from './jobs.health';
import { DEFAULT_JOB_OPTIONS, JobsService, QUEUE_DEFINITIONS, QUEUES } from './jobs.service';
import { JobsShutdown } from './jobs.shutdown';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { MaintenanceService } from './maintenance/maintenance.service';
import { QueueBoardModule } from './queue-board.module';
import { coreQueues, mergeQueues, QueueDefinition } from './queue-name';
import { REDIS } from './redis';
import { RedisModule } from './redis.module';

const queueLogger = new Logger('Queues');

@Module({})
export class JobsModule {
  // Both roles produce jobs; only the worker runs processors (the API never
  // consumes). Without Redis there is no BullMQ at all and producers get a 503.
  // `queues`: the domain libs' queues (their descriptors); core's own are always registered.
  static forRoot(runtime: Runtime, role: 'api' | 'worker', queues: readonly QueueDefinition[] = []): DynamicModule {
    const declared = mergeQueues([...coreQueues, ...queues]);
    const names = declared.map((q) => q.name);
    const common = {
      module: JobsModule,
      global: true,
      controllers: [JobRunsController],
      exports: [JobsService, JobRunsService, BatchJobRunner, QUEUES, QUEUE_DEFINITIONS],
    };
    const shared: Provider[] = [
      JobsService,
      JobRunsService,
      BatchJobRunner,
      JobsHealth,
      JobsShutdown,
      MaintenanceService,
      { provide: QUEUE_DEFINITIONS, useValue: declared },
    ];
    const entities = TypeOrmModule.forFeature([JobRun, RefreshToken]);
    if (!runtime.redisAvailable) {
      return { ...common, imports: [entities], providers: [...shared, { provide: QUEUES, useValue: new Map() }] };
    }
    const { prefix } = runtime.config.redis;
    return {
      ...common,
      imports: [
        entities,
        RedisModule,
        BullModule.forRootAsync({
          imports: [RedisModule],
          inject: [REDIS],
          useFactory: (connection: Redis) => ({ connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
        }),
        BullModule.registerQueue(...names.map((name) => ({ name }))),
        ...(role === 'api' ? [QueueBoardModule] : [DiscoveryModule, MailModule]),
      ],
      providers: [
        ...shared,
        {
          provide: QUEUES,
          inject: names.map((name) => getQueueToken(name)),
          useFactory: (...queues: Queue[]) => {
            // Without a listener an 'error' event would crash the process; the
            // Redis client already logs the outage once.
            for (const q of queues) q.on('error', (e) => queueLogger.debug(`${q.name}: ${e.message}`));
            return new Map(queues.map((q) => [q.name, q]));
          },
        },
        ...(role === 'worker' ? [JobHandlerRegistry, JobWorkers, MaintenanceProcessor, MailProcessor] : []),
      ],
    };
  }
}
