import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntityMetadata,
  EntitySubscriberInterface,
  InsertEvent,
  ObjectLiteral,
  RecoverEvent,
  RemoveEvent,
  SoftRemoveEvent,
  UpdateEvent,
} from 'typeorm';
import { AuditAction, AuditChanges } from './audit-log-entry.entity';
import { changesOnCreate, changesOnDelete, changesOnUpdate } from './audit-changes';
import { AuditService } from './audit.service';
import { auditedMeta } from './audited.decorator';

// Writes an audit entry for every save/remove/softRemove/recover of an @Audited
// entity, through the event's manager so it shares the change's transaction.
// Query-builder updates and deletes carry no record identity and are not seen:
// services change audited records with save()/remove() or call AuditService.record.
@Injectable()
export class AuditSubscriber implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    if (!dataSource.subscribers.includes(this)) (dataSource.subscribers as EntitySubscriberInterface[]).push(this);
  }

  afterInsert(event: InsertEvent<ObjectLiteral>) {
    const meta = auditedMeta(event.metadata.target);
    if (!meta || !event.entity) return;
    const changes = changesOnCreate(event.metadata, event.entity, meta.ignore);
    return this.write(event.manager, event.metadata, meta.resource, event.entity, 'create', changes);
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    const meta = auditedMeta(event.metadata.target);
    if (!meta || !event.entity || !event.databaseEntity) return;
    const changes = changesOnUpdate(event.metadata, event.databaseEntity, event.entity, meta.ignore);
    if (!Object.keys(changes).length) return;
    return this.write(event.manager, event.metadata, meta.resource, event.databaseEntity, 'update', changes);
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>) {
    return this.deleted(event);
  }

  afterSoftRemove(event: SoftRemoveEvent<ObjectLiteral>) {
    return this.deleted(event);
  }

  // Restored from the bin: recorded as an update that clears the deletion date.
  afterRecover(event: RecoverEvent<ObjectLiteral>) {
    const meta = auditedMeta(event.metadata.target);
    const record = event.databaseEntity ?? event.entity;
    const column = event.metadata.deleteDateColumn;
    if (!meta || !record || !column) return;
    const before = column.getEntityValue(event.databaseEntity ?? {}) as Date | null | undefined;
    const changes = { [column.propertyPath]: { before: before?.toISOString?.() ?? null, after: null } };
    return this.write(event.manager, event.metadata, meta.resource, record, 'update', changes, event.entityId);
  }

  private deleted(event: RemoveEvent<ObjectLiteral>) {
    const meta = auditedMeta(event.metadata.target);
    const record = event.databaseEntity ?? event.entity;
    if (!meta || !record) return;
    const changes = changesOnDelete(event.metadata, record, meta.ignore);
    return this.write(event.manager, event.metadata, meta.resource, record, 'delete', changes, event.entityId);
  }

  private async write(
    manager: EntityManager,
    metadata: EntityMetadata,
    resource: string,
    record: ObjectLiteral,
    action: AuditAction,
    changes: AuditChanges,
    knownId?: unknown,
  ) {
    // remove() clears the id on the entity; the event keeps it.
    const id = idOf(knownId) ?? metadata.primaryColumns[0]?.getEntityValue(record);
    if (typeof id !== 'string') return;
    await this.audit.record({ entity: resource, entityId: id, action, changes }, manager);
  }
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
      ? value.id
      : undefined;
