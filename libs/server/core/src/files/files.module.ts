import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { FilesController } from './files.controller';
import { FilesService, MAX_FILE_SIZE } from './files.service';
import { StoredFile } from './stored-file.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([StoredFile]),
    // Uploads stream to disk (bounded memory), then move under <dataDir>/files once checked.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        dest: join(config.dataDir, 'files', 'tmp'),
        limits: { fileSize: MAX_FILE_SIZE, files: 1, fields: 20 },
        // File names from browsers are UTF-8 (e.g. 合同.pdf).
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [FilesController],
  providers: [FilesService],
  exports: [FilesService],
})
export class FilesModule {}
