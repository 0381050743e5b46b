import { ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { Runtime } from '../runtime/prepare-runtime';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { createThrottlerStorage } from './throttling.module';

const config = new AppConfig({ NODE_ENV: 'test', REDIS_PREFIX: 'unit' });
const runtime = (redisAvailable: boolean) => ({ redisAvailable }) as Runtime;

describe('createThrottlerStorage', () => {
  it('counts in Redis, under the configured prefix, when Redis is available', async () => {
    const storage = createThrottlerStorage(runtime(true), config);
    expect(storage).toBeInstanceOf(RedisThrottlerStorage);
    expect((storage as RedisThrottlerStorage).key('default:1.2.3.4')).toBe('unit:throttle:{default:1.2.3.4}');
    await (storage as RedisThrottlerStorage).onModuleDestroy();
  });

  it('falls back to in-memory counters without Redis', () => {
    expect(createThrottlerStorage(runtime(false), config)).toBeInstanceOf(ThrottlerStorageService);
  });
});
