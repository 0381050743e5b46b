import { AppConfig } from '@crm/server-core';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { join } from 'node:path';
import { Observable, tap } from 'rxjs';
import { importsRoot } from './import-runner.service';
import { MAX_IMPORT_BYTES } from './imports.service';

// Uploads stream to disk under <dataDir>/imports/tmp (bounded memory) and are moved into place
// once the header has been checked; larger than 50 MB answers 413.
export const importUploads = MulterModule.registerAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({
    dest: join(importsRoot(config), 'tmp'),
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 },
    defParamCharset: 'utf8',
  }),
});

// 202 Accepted for an import handed to the worker; 200 with the report otherwise.
@Injectable()
export class QueuedImportInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((body: { status?: string } | undefined) => {
        if (body?.status === 'queued') context.switchToHttp().getResponse<{ status(code: number): void }>().status(202);
      }),
    );
  }
}
