import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

// MailProcessor (the mail:send handler) is registered by JobsModule in the worker only.
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
