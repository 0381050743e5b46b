import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
} from 'typeorm';
import { Audited } from '../audit/audited.decorator';
import { User } from '../users/user.entity';

// An attachment of any record (order, service request, …), named by the owning module's entity name
// and the record's id. The bytes live under <dataDir>/files/<storageKey>; the row is immutable.
@Audited('files', { ignore: ['storageKey'] })
@Entity('files')
@Index('ix_files_entity', { synchronize: false })
@Index('uq_files_storage_key', ['storageKey'], { unique: true })
@Check('ck_files_size', 'size >= 0')
@Check('ck_files_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_files_entity', `entity ~ '^[a-z][a-z0-9_]{0,49}$'`)
export class StoredFile {
  // Set by the service before the bytes are stored, so the blob's path carries it.
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  entity!: string;

  @Column('uuid')
  entityId!: string;

  @Column('text')
  fileName!: string;

  @Column('text')
  mimeType!: string;

  @Column('integer')
  size!: number;

  @Column('text')
  sha256!: string;

  // Path below <dataDir>/files: "<yyyy>/<mm>/<id>".
  @Column('text')
  storageKey!: string;

  @Index('ix_files_uploaded_by_id')
  @Column('uuid', { nullable: true })
  uploadedById!: string | null;

  // Declared for the foreign key only.
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'fk_files_uploaded_by' })
  uploadedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
