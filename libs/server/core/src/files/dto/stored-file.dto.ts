import { ApiProperty } from '@nestjs/swagger';
import { StoredFile } from '../stored-file.entity';

export class StoredFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Kind of record the file is attached to, e.g. "orders". */
  @ApiProperty({ example: 'orders' }) entity!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ example: '合同-SO-2026-000123.pdf' }) fileName!: string;
  /** As declared by the uploader; downloads are always served as attachments. */
  @ApiProperty({ example: 'application/pdf' }) mimeType!: string;
  /** Bytes. */
  @ApiProperty({ example: 182044 }) size!: number;
  /** Hex SHA-256 of the content. */
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) uploadedById!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class StoredFilePageDto {
  @ApiProperty({ type: [StoredFileDto] }) data!: StoredFileDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toStoredFileDto = (f: StoredFile): StoredFileDto => ({
  id: f.id,
  entity: f.entity,
  entityId: f.entityId,
  fileName: f.fileName,
  mimeType: f.mimeType,
  size: f.size,
  sha256: f.sha256,
  uploadedById: f.uploadedById,
  createdAt: f.createdAt.toISOString(),
});
