import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { IServerAdapter } from '@bull-board/api/typings/app';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { Express, NextFunction, Request, Response } from 'express';
import { QUEUES } from './jobs.service';
import { QUEUE_BOARD_PATH, QueueBoardAuthMiddleware } from './queue-board.middleware';

// Bull Board at /api/admin/queues, admins only; the API mounts it when Redis is up.
// Mounted on Express directly: Nest's middleware consumer registers a plain path as
// an exact route, while the board needs every sub-path (assets, its own API).
@Module({ providers: [QueueBoardAuthMiddleware] })
export class QueueBoardModule implements OnModuleInit {
  constructor(
    @Inject(QUEUES) private readonly queues: Map<string, Queue>,
    @Inject(HttpAdapterHost) private readonly host: HttpAdapterHost,
    @Inject(QueueBoardAuthMiddleware) private readonly auth: QueueBoardAuthMiddleware,
  ) {}

  onModuleInit() {
    // No HTTP server (e.g. an application context): nothing to mount.
    const app = this.host.httpAdapter?.getInstance?.() as Express | undefined;
    if (typeof app?.use !== 'function') return;
    const board = new ExpressAdapter();
    board.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: [...this.queues.values()].map((q) => new BullMQAdapter(q)),
      // @bull-board/express pins its own copy of @bull-board/api; the shapes are the same.
      serverAdapter: board as unknown as IServerAdapter,
      options: { uiConfig: { boardTitle: 'CRM queues', hideDocsLink: true } },
    });
    const guard = (req: Request, res: Response, next: NextFunction) => void this.auth.use(req, res, next).catch(next);
    app.use(QUEUE_BOARD_PATH, guard, board.getRouter());
  }
}
