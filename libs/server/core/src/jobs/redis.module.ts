import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { createRedisClient, REDIS } from './redis';

// The producers' shared connection: every queue of this process uses it.
@Module({
  providers: [
    {
      provide: REDIS,
      useFactory: (config: AppConfig) => createRedisClient(config.redis.url, 'producer'),
      inject: [AppConfig],
    },
  ],
  exports: [REDIS],
})
export class RedisModule {}
