import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { SendMailJob } from './mail.jobs';

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
}

export interface SentMail {
  messageId: string;
  // Where the message was written when no SMTP server is configured.
  file?: string;
}

@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(JobsService) private readonly jobs: JobsService,
  ) {}

  // Sends now. Without SMTP_URL the message is written as an .eml file under
  // DATA_DIR/mail, so development needs no mail server and nothing is lost.
  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.transporter().sendMail({ from: this.config.mail.from, ...message });
    if (this.config.mail.smtpUrl) return { messageId: info.messageId };
    const dir = join(this.config.dataDir, 'mail');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log(`mail "${message.subject}" to ${[message.to].flat().join(', ')} written to ${file}`);
    return { messageId: info.messageId, file };
  }

  // For request paths: hands the message to the mail queue so a slow SMTP server
  // never holds a request; sends inline when background jobs are off.
  async enqueue(message: MailMessage): Promise<void> {
    if (this.jobs.enabled) await this.jobs.enqueue(SendMailJob, message);
    else await this.send(message);
  }

  onModuleDestroy() {
    this.transport?.close();
  }

  private transporter(): Transporter {
    this.transport ??= this.config.mail.smtpUrl
      ? createTransport(this.config.mail.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return this.transport;
  }
}
