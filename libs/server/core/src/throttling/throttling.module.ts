import { Module } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { Runtime, RUNTIME } from '../runtime/prepare-runtime';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { THROTTLER_STORAGE, ThrottlingGuard } from './throttling.guard';

// Counters live in Redis so every API instance shares them; without Redis, in this process's memory.
export function createThrottlerStorage(runtime: Runtime, config: AppConfig): ThrottlerStorage {
  return runtime.redisAvailable
    ? new RedisThrottlerStorage(config.redis.url, config.redis.prefix)
    : new ThrottlerStorageService();
}

// The guard is registered as an APP_GUARD by AuthModule, which fixes the order throttling → auth → roles.
@Module({
  providers: [
    { provide: THROTTLER_STORAGE, inject: [RUNTIME, AppConfig], useFactory: createThrottlerStorage },
    ThrottlingGuard,
  ],
  exports: [ThrottlingGuard, THROTTLER_STORAGE],
})
export class ThrottlingModule {}
