import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { Redis } from 'ioredis';

// Fixed-window counter shared by every API instance. KEYS: counter, block marker.
// ARGV: window ms, limit, block ms. Returns hits, window ms left, blocked (0/1), block ms left.
const INCREMENT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or '0'), math.max(redis.call('PTTL', KEYS[1]), 0), 1, blockLeft }
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return { hits, left, 1, tonumber(ARGV[3]) }
end
return { hits, left, 0, 0 }
`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;
type ThrottleRedis = Redis & {
  throttle(key: string, blockKey: string, ttl: number, limit: number, block: number): Promise<number[]>;
};

// ThrottlerStorage on Redis with keys under `<REDIS_PREFIX>:throttle:`. If Redis fails mid-flight the
// request is counted in memory instead: rate limiting degrades, the API keeps answering.
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('Throttling');
  private readonly redis: ThrottleRedis;
  private readonly fallback = new ThrottlerStorageService();
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // lazyConnect: processes that never serve HTTP (the worker) never open this connection.
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 }) as ThrottleRedis;
    this.redis.defineCommand('throttle', { numberOfKeys: 2, lua: INCREMENT });
    this.redis.on('error', (e: Error) => this.warn(e));
  }

  key(key: string) {
    // The hash tag keeps counter and block marker in one slot on Redis Cluster.
    return `${this.prefix}:throttle:{${key}}`;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      const k = this.key(key);
      const [totalHits, left, blocked, blockLeft] = await this.redis.throttle(
        k,
        `${k}:blocked`,
        ttl,
        limit,
        blockDuration,
      );
      return {
        totalHits,
        timeToExpire: Math.ceil(left / 1000),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.ceil(blockLeft / 1000),
      };
    } catch (e) {
      this.warn(e as Error);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  private warn(e: Error) {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`Redis is unavailable for rate limiting (${e.message}); counting in memory meanwhile`);
  }

  async onModuleDestroy() {
    this.fallback.onApplicationShutdown();
    if (this.redis.status === 'wait' || this.redis.status === 'end') this.redis.disconnect();
    else await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
