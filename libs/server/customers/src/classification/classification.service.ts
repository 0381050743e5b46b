import {
  AppConfig,
  AuditService,
  BatchJob,
  BatchJobRunner,
  BatchOutcome,
  JobsService,
  RunHandle,
  RunResult,
} from '@crm/server-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OverridableClassification } from '../customers/customer.enums';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { ClassifyCustomersJob, ClassifyCustomersPayload } from './classification.jobs';
import { ClassificationChange, ClassificationRepository, CustomerStatsRow } from './classification.repository';
import { reasonOf } from '../lifecycle/lifecycle-reasons';
import { classify } from './classification.rules';
import { screen } from './screening.rules';
import { ClassifyCustomersDto, ClassifyJobDto } from './dto/classify.dto';

const BATCH_SIZE = 500;
const LOCK_KEY = 'customers.classify';
export const CLASSIFICATION_REASON = reasonOf('classification');
const FIELDS = ['valueTier', 'abcClass', 'valueGroup', 'stability', 'behaviour', 'fitScore', 'screeningGrade'] as const;

export interface ClassificationSummary extends Record<string, unknown> {
  asOf: string;
  periodDays: number;
  changed: Record<(typeof FIELDS)[number] | 'lifecycleStage', number>;
  customersChanged: number;
  tiers: Record<string, number>;
  abc: Record<string, number>;
  groups: Record<string, number>;
  screening: Record<string, number>;
}

// The customer classification job (SPEC 1.1, 1.2, 1.7): statistics and ranks in SQL, the rules in
// pure functions (classification.rules.ts, screening.rules.ts), writes in batches of short
// transactions run by core's BatchJobRunner (one run at a time, resumable after a crash).
// Overridden classifications are kept; each change is audited; stage changes go through the
// lifecycle history.
@Injectable()
export class ClassificationService {
  private readonly logger = new Logger('Classification');

  constructor(
    @Inject(BatchJobRunner) private readonly batches: BatchJobRunner,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(LifecycleService) private readonly lifecycle: LifecycleService,
  ) {}

  // 503 jobs_disabled when Redis is off.
  async enqueueClassification(dto: ClassifyCustomersDto): Promise<ClassifyJobDto> {
    const payload: ClassifyCustomersPayload = {};
    if (dto.periodDays !== undefined) payload.periodDays = dto.periodDays;
    if (dto.asOf !== undefined) payload.asOf = dto.asOf;
    return { jobId: await this.jobs.enqueue(ClassifyCustomersJob, payload) };
  }

  async classifyCustomers(payload: ClassifyCustomersPayload = {}, run?: RunHandle): Promise<RunResult> {
    const asOf = payload.asOf ?? new Date().toISOString().slice(0, 10);
    const periodDays = payload.periodDays ?? this.config.classification.periodDays;
    // Nightly and on-demand runs may overlap; the runner skips the second one (it has nothing to add).
    const result = await this.batches.run(this.classificationJob(asOf, periodDays), run);
    if (!result.skipped)
      this.logger.log(
        `classified ${result.processed} customers as of ${asOf}; ${result.state.customersChanged} changed`,
      );
    return result;
  }

  // Statistics and ranks over every customer go into a temporary table of the run's session once
  // per attempt (a resumed run computes them again), then customers are classified in id order.
  private classificationJob(asOf: string, periodDays: number): BatchJob<CustomerStatsRow, ClassificationSummary> {
    let repo: ClassificationRepository;
    return {
      name: LOCK_KEY,
      batchSize: BATCH_SIZE,
      initialState: () => emptySummary(asOf, periodDays),
      prepare: (session) => {
        repo = new ClassificationRepository(session);
        return repo.computeStats({ asOf, periodDays });
      },
      readBatch: (_session, after, limit) => repo.nextBatch(after, limit),
      keyOf: (row) => row.id,
      processBatch: (m, batch, summary) => this.classifyBatch(m, repo, batch, asOf, summary),
      cleanup: () => repo?.dropStats() ?? Promise.resolve(),
    };
  }

  private async classifyBatch(
    m: EntityManager,
    repo: ClassificationRepository,
    batch: CustomerStatsRow[],
    asOf: string,
    summary: ClassificationSummary,
  ): Promise<BatchOutcome> {
    const computed = batch.map((row) => ({ row, result: { ...classify(row, asOf), ...screen(row.screening, asOf) } }));
    const changes = await repo.applyBatch(
      computed.map(({ row, result }) => ({
        id: row.id,
        valueTier: result.valueTier,
        abcClass: result.abcClass,
        valueGroup: result.valueGroup,
        stability: result.stability,
        behaviour: result.behaviour,
        fitScore: result.fitScore,
        screeningGrade: result.screeningGrade,
      })),
    );
    await this.auditChanges(m, changes, summary);
    const changedIds = new Set(changes.map((c) => c.id));
    for (const { row, result } of computed) {
      if (
        row.current.lifecycleStage !== result.lifecycleStage &&
        !row.overrides.includes(OverridableClassification.LifecycleStage) &&
        (await this.lifecycle.proposeStage(m, row.id, result.lifecycleStage, CLASSIFICATION_REASON))
      ) {
        summary.changed.lifecycleStage++;
        changedIds.add(row.id);
      }
    }
    summary.customersChanged += changedIds.size;
    for (const { row, result } of computed) {
      // What the customer holds now: the computed value unless set by hand.
      const held = <F extends 'valueTier' | 'abcClass' | 'valueGroup' | 'screeningGrade'>(
        field: F,
        o: OverridableClassification,
      ) => (row.overrides.includes(o) ? row.current[field] : result[field]);
      tally(summary.tiers, held('valueTier', OverridableClassification.ValueTier));
      tally(summary.abc, held('abcClass', OverridableClassification.AbcClass));
      tally(summary.groups, held('valueGroup', OverridableClassification.ValueGroup));
      tally(summary.screening, held('screeningGrade', OverridableClassification.ScreeningGrade));
    }
    return { updated: changedIds.size };
  }

  private async auditChanges(m: EntityManager, changes: ClassificationChange[], summary: ClassificationSummary) {
    for (const change of changes) {
      const diff: Record<string, { before: unknown; after: unknown }> = {};
      for (const field of FIELDS) {
        if (change.before[field] === change.after[field]) continue;
        diff[field] = { before: change.before[field], after: change.after[field] };
        summary.changed[field]++;
      }
      await this.audit.record({ entity: 'customers', entityId: change.id, action: 'update', changes: diff }, m);
    }
  }
}

const emptySummary = (asOf: string, periodDays: number): ClassificationSummary => ({
  asOf,
  periodDays,
  changed: {
    valueTier: 0,
    abcClass: 0,
    valueGroup: 0,
    stability: 0,
    behaviour: 0,
    fitScore: 0,
    screeningGrade: 0,
    lifecycleStage: 0,
  },
  customersChanged: 0,
  tiers: {},
  abc: {},
  groups: {},
  screening: {},
});

const tally = (counts: Record<string, number>, value: string | null) => {
  counts[value ?? 'none'] = (counts[value ?? 'none'] ?? 0) + 1;
};
