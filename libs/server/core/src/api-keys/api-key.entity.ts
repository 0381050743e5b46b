import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Audited } from '../audit/audited.decorator';
import { BaseEntity } from '../database/base.entity';
import { User } from '../users/user.entity';

// Integration credentials. Only the sha256 of the full key is stored; `prefix` identifies it in lists.
@Audited('api-keys', { ignore: ['keyHash', 'lastUsedAt'] })
@Entity('api_keys')
export class ApiKey extends BaseEntity {
  @Column('text')
  name!: string;

  @Column('text')
  prefix!: string;

  @Index('uq_api_keys_key_hash', { unique: true })
  @Column('text', { select: false })
  keyHash!: string;

  // Permission keys the key may use, within its creator's current permissions; `role:<role>` (keys
  // made before scopes) stands for every permission of that role.
  @Column('text', { array: true, default: () => "'{}'" })
  scopes!: string[];

  @Index('ix_api_keys_created_by_id')
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  // Loaded with the key when authenticating (the creator's current rights bound the key's).
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_api_keys_created_by' })
  createdBy?: Relation<User>;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
