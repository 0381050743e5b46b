import { Inject, Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { StoredFileDto, toStoredFileDto } from './dto/stored-file.dto';
import { ListFilesQueryDto } from './dto/list-files-query.dto';
import { UploadFileDto } from './dto/upload-file.dto';
import {
  attachedRecordNotFound,
  cannotChangeAttachments,
  fileContentMissing,
  fileNotFound,
  missingUpload,
  unknownFileEntity,
} from './files.errors';
import { StoredFile } from './stored-file.entity';

// What a user may do with the attachments of one record: nothing (it is missing or invisible to
// them: 404), see them, or also add and delete them.
export type FileAccess = 'none' | 'read' | 'write';

// Decides a user's access to the attachments of one record of a module's entity.
export type FileAccessCheck = (user: AuthUser, entityId: string) => Promise<FileAccess>;

// What multer's disk storage hands over (the subset we use).
export interface UploadedFileInfo {
  originalname: string;
  mimetype: string;
  size: number;
  path: string;
}

export const MAX_FILE_SIZE = 20 * 1024 * 1024;
const SORTABLE = { createdAt: 'f.createdAt', fileName: 'f.fileName', size: 'f.size' };

// Generic attachments. Modules register an access check for their entity name at start-up
// (FilesService.registerAccess('orders', …)); files of an unregistered entity cannot exist.
@Injectable()
export class FilesService {
  private readonly logger = new Logger('Files');
  private readonly checks = new Map<string, FileAccessCheck>();

  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  registerAccess(entity: string, check: FileAccessCheck) {
    if (!/^[a-z][a-z0-9_]{0,49}$/.test(entity)) throw new Error(`invalid file entity name "${entity}"`);
    if (this.checks.has(entity)) throw new Error(`file access for "${entity}" is registered twice`);
    this.checks.set(entity, check);
  }

  get entities(): string[] {
    return [...this.checks.keys()];
  }

  // Where blobs live; multer writes uploads to its tmp/ first (same file system, so the move is a rename).
  get root(): string {
    return join(this.config.dataDir, 'files');
  }

  async uploadFile(dto: UploadFileDto, file: UploadedFileInfo | undefined, user: AuthUser): Promise<StoredFileDto> {
    try {
      if (!file) throw missingUpload();
      await this.assertAccess(user, dto.entity, dto.entityId, 'write');
      const id = randomUUID();
      const now = new Date();
      const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
      const sha256 = await hashFile(file.path);
      const target = this.pathOf(storageKey);
      await mkdir(dirname(target), { recursive: true });
      await rename(file.path, target);
      try {
        const saved = await this.files.save(
          this.files.create({
            id,
            entity: dto.entity,
            entityId: dto.entityId,
            fileName: cleanFileName(file.originalname),
            mimeType: cleanMimeType(file.mimetype),
            size: file.size,
            sha256,
            storageKey,
            uploadedById: user.id,
          }),
        );
        return toStoredFileDto(saved);
      } catch (e) {
        await rm(target, { force: true });
        throw e;
      }
    } finally {
      // Gone after the rename; still there when anything above failed.
      if (file) await rm(file.path, { force: true });
    }
  }

  async listFiles(query: ListFilesQueryDto, user: AuthUser): Promise<Page<StoredFileDto>> {
    await this.assertAccess(user, query.entity, query.entityId, 'read');
    const qb = this.files
      .createQueryBuilder('f')
      .where('f.entity = :entity AND f.entityId = :entityId', { entity: query.entity, entityId: query.entityId });
    if (query.q) qb.andWhere('f.fileName ILIKE :q', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: '-createdAt' }, toStoredFileDto);
  }

  async getFile(id: string, user: AuthUser): Promise<StoredFileDto> {
    return toStoredFileDto(await this.findVisible(id, user, 'read'));
  }

  // The bytes as a download; the name travels in Content-Disposition (RFC 6266, UTF-8 aware).
  async getFileContent(id: string, user: AuthUser): Promise<StreamableFile> {
    const file = await this.findVisible(id, user, 'read');
    const path = this.pathOf(file.storageKey);
    const found = await stat(path).catch(() => undefined);
    if (!found?.isFile()) {
      this.logger.error(`file ${id}: ${path} is missing`);
      throw fileContentMissing(id);
    }
    return new StreamableFile(createReadStream(path), {
      type: file.mimeType,
      length: found.size,
      disposition: contentDisposition(file.fileName),
    });
  }

  async deleteFile(id: string, user: AuthUser): Promise<void> {
    const file = await this.findVisible(id, user, 'write');
    await this.files.remove(file);
    await this.removeBlobs([file.storageKey]);
  }

  // For a module deleting a record: removes its files' rows in the caller's transaction and returns
  // a function that deletes the bytes, to call once the transaction has committed.
  async deleteFilesOf(m: EntityManager, entity: string, entityId: string): Promise<() => Promise<void>> {
    const rows = await m.find(StoredFile, { where: { entity, entityId } });
    if (rows.length) await m.remove(rows);
    return () => this.removeBlobs(rows.map((r) => r.storageKey));
  }

  private async findVisible(id: string, user: AuthUser, needed: Exclude<FileAccess, 'none'>): Promise<StoredFile> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw fileNotFound(id);
    const access = await this.accessTo(user, file.entity, file.entityId);
    // A file of a record the user cannot see looks missing.
    if (access === 'none') throw fileNotFound(id);
    if (needed === 'write' && access !== 'write') throw cannotChangeAttachments();
    return file;
  }

  private async assertAccess(user: AuthUser, entity: string, entityId: string, needed: Exclude<FileAccess, 'none'>) {
    const access = await this.accessTo(user, entity, entityId);
    if (access === 'none') throw attachedRecordNotFound(entity, entityId);
    if (needed === 'write' && access !== 'write') throw cannotChangeAttachments();
  }

  private async accessTo(user: AuthUser, entity: string, entityId: string): Promise<FileAccess> {
    const check = this.checks.get(entity);
    if (!check) throw unknownFileEntity(entity, this.entities);
    return check(user, entityId);
  }

  private pathOf(storageKey: string): string {
    return join(this.root, storageKey);
  }

  private async removeBlobs(keys: string[]) {
    for (const key of keys) {
      await rm(this.pathOf(key), { force: true }).catch((e: Error) =>
        this.logger.warn(`could not remove ${key}: ${e.message}`),
      );
    }
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

// The name as the user's system gave it, without directories or control characters.
export function cleanFileName(name: string | undefined): string {
  const cleaned = basename((name ?? '').replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return (cleaned || 'file').slice(0, 255);
}

const cleanMimeType = (type: string | undefined) =>
  type && /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type.toLowerCase() : 'application/octet-stream';

// attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
