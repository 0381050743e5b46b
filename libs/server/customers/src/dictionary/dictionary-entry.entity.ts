import { Audited, BaseEntity } from '@crm/server-core';
import { Check, Column, Entity, Index } from 'typeorm';

// One entry of an admin-maintained list (SPEC 1.6). Records store the `key`; `type` and `key`
// never change once created, so stored keys cannot be orphaned by an edit.
@Audited('dictionary-entries')
@Entity('dictionary_entries')
@Index('uq_dictionary_entries_type_key', ['type', 'key'], { unique: true })
@Index('ix_dictionary_entries_type_sort_order', ['type', 'sortOrder'])
@Check('ck_dictionary_entries_type', `type ~ '^[a-z][a-z0-9_]{0,49}$'`)
@Check('ck_dictionary_entries_key', `key ~ '^[a-z0-9][a-z0-9_]{0,63}$'`)
export class DictionaryEntry extends BaseEntity {
  @Column('text')
  type!: string;

  @Column('text')
  key!: string;

  @Column('text')
  labelEn!: string;

  @Column('text')
  labelZh!: string;

  @Column('integer', { default: 0 })
  sortOrder!: number;

  @Index('ix_dictionary_entries_active')
  @Column('boolean', { default: true })
  active!: boolean;
}
