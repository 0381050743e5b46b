import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { RefreshToken } from '../../auth/refresh-token.entity';
import type { RunHandle, RunResult } from '../job-runs.service';

export const REFRESH_TOKEN_GRACE_DAYS = 7;
const BATCH_SIZE = 1000;

// Housekeeping the worker runs on a schedule. Each task is safe to run twice.
@Injectable()
export class MaintenanceService {
  constructor(@InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>) {}

  // Expired tokens are kept a week so a replayed one is still recognised, then deleted
  // in small batches to keep locks short.
  async purgeExpiredRefreshTokens(run?: RunHandle, now = new Date()): Promise<RunResult> {
    const cutoff = new Date(now.getTime() - REFRESH_TOKEN_GRACE_DAYS * 24 * 3600 * 1000);
    const total = await this.tokens.count({ where: { expiresAt: LessThan(cutoff) } });
    let processed = 0;
    for (;;) {
      const { affected } = await this.tokens
        .createQueryBuilder()
        .delete()
        .where(`id IN (SELECT id FROM refresh_tokens WHERE expires_at < :cutoff LIMIT ${BATCH_SIZE})`, { cutoff })
        .execute();
      processed += affected ?? 0;
      if (total) await run?.progress(Math.min(100, (processed / total) * 100), { processed });
      if (!affected || affected < BATCH_SIZE) break;
    }
    return { processed, summary: { cutoff: cutoff.toISOString() } };
  }
}
