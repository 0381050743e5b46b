import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import type { Job } from 'bullmq';
import { defineJob } from './job-definition';
import { buildHandlerMap, DiscoveredHandler, JobHandlerRegistry } from './job-handler.registry';
import { OnJob } from './on-job.decorator';
import { defineQueue, mergeQueues, QueueName } from './queue-name';

const Ping = defineJob<{ n: number }>(QueueName.Maintenance, 'test-ping');
const Pong = defineJob<{ n: number }>(QueueName.Maintenance, 'test-pong');

@Injectable()
class PingProcessor {
  @OnJob(Ping)
  async ping(job: Job<{ n: number }>) {
    return job.data.n;
  }
}

@Injectable()
class OtherPingProcessor {
  @OnJob(Ping)
  async ping() {
    return 0;
  }
}

const handler = (job: typeof Ping, owner: string): DiscoveredHandler => ({ job, owner, handle: async () => owner });

async function registryWith(...processors: Array<new () => object>) {
  @Module({ imports: [DiscoveryModule], providers: [JobHandlerRegistry, ...processors] })
  class TestModule {}
  const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  return { registry: app.get(JobHandlerRegistry), close: () => app.close() };
}

describe('job handler registry', () => {
  it('maps every defined job to its one handler', () => {
    const map = buildHandlerMap([Ping, Pong], [handler(Ping, 'A.ping'), handler(Pong, 'A.pong')]);
    expect(map.get('maintenance:test-ping')?.owner).toBe('A.ping');
    expect(map.get('maintenance:test-pong')?.owner).toBe('A.pong');
  });

  it('refuses to start when a defined job has no handler', () => {
    expect(() => buildHandlerMap([Ping, Pong], [handler(Ping, 'A.ping')])).toThrow(
      'The worker cannot start: job maintenance:test-pong has no handler',
    );
  });

  it('refuses to start when a job sits on a queue no module declares', () => {
    const handlers = [handler(Ping, 'A.ping'), handler(Pong, 'A.pong')];
    expect(() => buildHandlerMap([Ping, Pong], handlers, new Set(['mail']))).toThrow(
      'job maintenance:test-ping is on queue maintenance, which no module declares',
    );
    expect(buildHandlerMap([Ping, Pong], handlers, new Set(['maintenance'])).size).toBe(2);
  });

  it('takes a queue constant or its name', () => {
    const Reports = defineQueue('test-reports', { concurrency: 2 });
    expect(defineJob(Reports, 'build').queue).toBe('test-reports');
    expect(defineJob('test-reports', 'mail').queue).toBe('test-reports');
    expect(() => defineQueue('Bad Queue')).toThrow('invalid queue name "Bad Queue"');
  });

  it('merges queues declared by several libs, keeping the highest concurrency', () => {
    const merged = mergeQueues([
      defineQueue('a'),
      defineQueue('b', { concurrency: 3 }),
      defineQueue('a', { concurrency: 2 }),
    ]);
    expect(merged).toEqual([
      { name: 'a', concurrency: 2 },
      { name: 'b', concurrency: 3 },
    ]);
  });

  it('refuses to start when a job has two handlers', () => {
    expect(() => buildHandlerMap([Ping], [handler(Ping, 'A.ping'), handler(Ping, 'B.ping')])).toThrow(
      'job maintenance:test-ping has two handlers (A.ping and B.ping)',
    );
  });

  it('finds @OnJob methods on Nest providers and calls them bound to their instance', async () => {
    const { registry, close } = await registryWith(PingProcessor);
    try {
      const map = registry.build([Ping]);
      expect(map.get('maintenance:test-ping')?.owner).toBe('PingProcessor.ping');
      await expect(map.get('maintenance:test-ping')!.handle({ data: { n: 7 } } as Job)).resolves.toBe(7);
    } finally {
      await close();
    }
  });

  it('reports the two providers that handle the same job', async () => {
    const { registry, close } = await registryWith(PingProcessor, OtherPingProcessor);
    try {
      expect(() => registry.build([Ping])).toThrow(
        'job maintenance:test-ping has two handlers (PingProcessor.ping and OtherPingProcessor.ping)',
      );
    } finally {
      await close();
    }
  });

  it('rejects defining the same job twice', () => {
    expect(() => defineJob(QueueName.Maintenance, 'test-ping')).toThrow('Job maintenance:test-ping is defined twice');
  });
});
