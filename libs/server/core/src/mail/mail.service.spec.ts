import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from './mail.service';

describe('MailService without SMTP', () => {
  let dataDir: string;
  let mail: MailService;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-mail-'));
    const config = new AppConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, MAIL_FROM: 'CRM <crm@example.test>' });
    // No queues: Redis is off.
    mail = new MailService(config, new JobsService(new Map()));
  });
  afterEach(async () => {
    mail.onModuleDestroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the message as an .eml file under DATA_DIR/mail', async () => {
    const sent = await mail.send({ to: 'ada@example.test', subject: 'Welcome', text: 'Hello Ada' });
    expect(sent.file).toMatch(new RegExp(`^${dataDir}/mail/\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z-[0-9a-f]{8}\\.eml$`));
    const eml = await readFile(sent.file!, 'utf8');
    expect(eml).toContain('From: CRM <crm@example.test>');
    expect(eml).toContain('To: ada@example.test');
    expect(eml).toContain('Subject: Welcome');
    expect(eml).toContain('Hello Ada');
    expect(eml).toContain(`Message-ID: ${sent.messageId}`);
  });

  it('sends inline when background jobs are off', async () => {
    await mail.enqueue({
      to: ['a@example.test', 'b@example.test'],
      subject: 'Report',
      text: 'Done',
      html: '<p>Done</p>',
    });
    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const eml = await readFile(join(dataDir, 'mail', files[0]), 'utf8');
    expect(eml).toContain('To: a@example.test, b@example.test');
    expect(eml).toContain('text/html');
  });
});
