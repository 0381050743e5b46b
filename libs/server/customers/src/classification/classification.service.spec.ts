import { AppConfig, AuditService, BatchJobRunner, JobsService } from '@crm/server-core';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { ClassifyCustomersJob } from './classification.jobs';
import { ClassificationService } from './classification.service';

describe('ClassificationService.enqueueClassification', () => {
  const build = (jobs: JobsService) =>
    new ClassificationService(
      {} as BatchJobRunner,
      new AppConfig({ NODE_ENV: 'test' }),
      jobs,
      {} as AuditService,
      {} as LifecycleService,
    );

  it('answers 503 jobs_disabled when background jobs are off', async () => {
    const service = build(new JobsService(new Map()));
    await expect(service.enqueueClassification({})).rejects.toMatchObject({ status: 503, code: 'jobs_disabled' });
  });

  it('queues the job with only the options given', async () => {
    const enqueue = jest.fn().mockResolvedValue('7');
    const service = build({ enqueue } as unknown as JobsService);
    await expect(service.enqueueClassification({ periodDays: 180 })).resolves.toEqual({ jobId: '7' });
    expect(enqueue).toHaveBeenCalledWith(ClassifyCustomersJob, { periodDays: 180 });
  });
});
