import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

export const REDIS = Symbol('REDIS');

// Producers fail fast when Redis stops answering (the caller gets a 503); worker
// connections retry forever, as BullMQ requires for its blocking commands.
export function createRedisClient(url: string, purpose: 'producer' | 'worker'): Redis {
  const logger = new Logger('Redis');
  const client = new Redis(url, {
    connectionName: `crm-${purpose}`,
    maxRetriesPerRequest: purpose === 'worker' ? null : 2,
    enableReadyCheck: true,
  });
  let reported = false;
  client.on('error', (e: Error) => {
    // One line per outage, not one per reconnect attempt.
    if (!reported) logger.warn(`${purpose} connection to ${redactUrl(url)}: ${e.message}`);
    reported = true;
  });
  client.on('ready', () => {
    if (reported) logger.log(`${purpose} connection to ${redactUrl(url)} is back`);
    reported = false;
  });
  return client;
}

export async function quitRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  await client.quit().catch(() => client.disconnect());
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
