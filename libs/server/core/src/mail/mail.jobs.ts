import { defineJob } from '../jobs/job-definition';
import { QueueName } from '../jobs/queue-name';
import type { MailMessage } from './mail.service';

// The message itself is the payload: there is no record to reload.
export const SendMailJob = defineJob<MailMessage>(QueueName.Mail, 'send');
