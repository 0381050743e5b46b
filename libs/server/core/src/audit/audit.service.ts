import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor, currentActor, requestContext } from '../context/request-context';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { AuditAction, AuditChanges, AuditLogEntry } from './audit-log-entry.entity';
import { AuditEntryDto, AuditLogQueryDto, toAuditEntryDto } from './dto/audit-entry.dto';

export interface AuditRecord {
  // Resource name, as in @Audited (e.g. "customers").
  entity: string;
  entityId: string;
  action: AuditAction;
  changes?: AuditChanges;
  // Defaults to the actor of the current request or job.
  actor?: Actor;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>) {}

  // For changes the subscriber cannot see (merges, imports, bulk SQL). Pass the
  // transaction's manager so the entry commits or rolls back with the change.
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const actor = record.actor ?? currentActor();
    await (manager ?? this.entries.manager).insert(AuditLogEntry, {
      entity: record.entity,
      entityId: record.entityId,
      action: record.action,
      actorId: actor.id,
      actorKind: actor.kind,
      actorName: actor.name ?? (actor.kind === 'system' ? 'system' : null),
      changes: (record.changes ?? {}) as object,
      requestId: requestContext.getStore()?.requestId ?? null,
    });
  }

  list(query: AuditLogQueryDto): Promise<Page<AuditEntryDto>> {
    const qb = this.entries.createQueryBuilder('a');
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    // Free text matches the actor's name.
    if (query.q) qb.andWhere('a.actorName ILIKE :q', { q: likePattern(query.q) });
    if (query.from) qb.andWhere('a.createdAt >= :from', { from: query.from });
    if (query.to) {
      // A bare date means the whole of that day (UTC).
      if (DATE_ONLY.test(query.to)) qb.andWhere(`a.createdAt < (:to::date + 1)`, { to: query.to });
      else qb.andWhere('a.createdAt <= :to', { to: query.to });
    }
    return paginate(qb, query, { sortable: { createdAt: 'a.createdAt' }, defaultSort: '-createdAt' }, toAuditEntryDto);
  }
}
