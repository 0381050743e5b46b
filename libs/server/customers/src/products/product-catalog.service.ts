import { likePattern, NotFoundError, Page, paginate, assertVersion } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors';
import { ProductCategoryDto, toProductCategoryDto } from './dto/product-category.dto';
import {
  CreateProductCategoryDto,
  ListProductCategoriesQueryDto,
  UpdateProductCategoryDto,
} from './dto/product-category-inputs.dto';
import { ProductLineDto, toProductLineDto } from './dto/product-line.dto';
import { CreateProductLineDto, ListProductLinesQueryDto, UpdateProductLineDto } from './dto/product-line-inputs.dto';
import { ProductCategory } from './product-category.entity';
import { ProductLine } from './product-line.entity';
import { Product } from './product.entity';
import {
  productCategoryCodeTaken,
  productCategoryInUse,
  productLineCodeTaken,
  productLineInUse,
  unknownProductLine,
} from './products.errors';

const SORTABLE = { name: 'x.name', code: 'x.code', createdAt: 'x.createdAt' };

// The two upper levels of the catalog: product lines and their categories (admin-maintained).
@Injectable()
export class ProductCatalogService {
  constructor(
    @InjectRepository(ProductLine) private readonly lines: Repository<ProductLine>,
    @InjectRepository(ProductCategory) private readonly categories: Repository<ProductCategory>,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  async listProductLines(query: ListProductLinesQueryDto): Promise<Page<ProductLineDto>> {
    const qb = this.lines.createQueryBuilder('x');
    if (query.active !== undefined) qb.andWhere('x.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(x.code ILIKE :q OR x.name ILIKE :q)', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: 'name' }, toProductLineDto);
  }

  async getProductLine(id: string): Promise<ProductLineDto> {
    return toProductLineDto(await findOr404(this.ds.manager, ProductLine, 'Product line', id));
  }

  async createProductLine(dto: CreateProductLineDto): Promise<ProductLineDto> {
    const line = this.lines.create({
      code: dto.code,
      name: dto.name,
      description: dto.description ?? null,
      active: dto.active ?? true,
    });
    return toProductLineDto(await saveUnique(this.ds.manager, line, 'uq_product_lines_code', productLineCodeTaken));
  }

  async updateProductLine(id: string, dto: UpdateProductLineDto): Promise<ProductLineDto> {
    const saved = await this.ds.transaction(async (m) => {
      const line = await findOr404(m, ProductLine, 'Product line', id, true);
      assertVersion(line, dto.version, 'ProductLine');
      for (const field of ['code', 'name', 'description', 'active'] as const) {
        if (dto[field] !== undefined) (line as unknown as Record<string, unknown>)[field] = dto[field];
      }
      return saveUnique(m, line, 'uq_product_lines_code', productLineCodeTaken);
    });
    return toProductLineDto(saved);
  }

  async deleteProductLine(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const line = await findOr404(m, ProductLine, 'Product line', id, true);
      if (await m.existsBy(ProductCategory, { lineId: id })) throw productLineInUse(line.code);
      await m.remove(line);
    });
  }

  async listProductCategories(query: ListProductCategoriesQueryDto): Promise<Page<ProductCategoryDto>> {
    const qb = this.categories.createQueryBuilder('x');
    if (query.lineId) qb.andWhere('x.lineId = :lineId', { lineId: query.lineId });
    if (query.active !== undefined) qb.andWhere('x.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(x.code ILIKE :q OR x.name ILIKE :q)', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: 'name' }, toProductCategoryDto);
  }

  async getProductCategory(id: string): Promise<ProductCategoryDto> {
    return toProductCategoryDto(await findOr404(this.ds.manager, ProductCategory, 'Product category', id));
  }

  async createProductCategory(dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    const saved = await this.ds.transaction(async (m) => {
      await this.assertLine(m, dto.lineId);
      const category = m.create(ProductCategory, {
        lineId: dto.lineId,
        code: dto.code,
        name: dto.name,
        active: dto.active ?? true,
      });
      return saveUnique(m, category, 'uq_product_categories_code', productCategoryCodeTaken);
    });
    return toProductCategoryDto(saved);
  }

  async updateProductCategory(id: string, dto: UpdateProductCategoryDto): Promise<ProductCategoryDto> {
    const saved = await this.ds.transaction(async (m) => {
      const category = await findOr404(m, ProductCategory, 'Product category', id, true);
      assertVersion(category, dto.version, 'ProductCategory');
      if (dto.lineId !== undefined && dto.lineId !== category.lineId) await this.assertLine(m, dto.lineId);
      for (const field of ['lineId', 'code', 'name', 'active'] as const) {
        if (dto[field] !== undefined) (category as unknown as Record<string, unknown>)[field] = dto[field];
      }
      return saveUnique(m, category, 'uq_product_categories_code', productCategoryCodeTaken);
    });
    return toProductCategoryDto(saved);
  }

  async deleteProductCategory(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const category = await findOr404(m, ProductCategory, 'Product category', id, true);
      if (await m.existsBy(Product, { categoryId: id })) throw productCategoryInUse(category.code);
      await m.remove(category);
    });
  }

  // Lock the line so a concurrent delete cannot leave the category without one (the FK would 409 anyway).
  private async assertLine(m: EntityManager, lineId: string) {
    const line = await m.findOne(ProductLine, { where: { id: lineId }, lock: { mode: 'pessimistic_read' } });
    if (!line) throw unknownProductLine();
  }
}

type Versioned = { id: string; version: number };

export async function findOr404<T extends Versioned>(
  m: EntityManager,
  entity: new () => T,
  label: string,
  id: string,
  lock = false,
): Promise<T> {
  const found = await m.findOne(entity, {
    where: { id } as never,
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!found) throw new NotFoundError(label, id);
  return found;
}

// Saves and re-reads (numeric columns come back normalised); a unique-code race answers 409.
export async function saveUnique<T extends Versioned & { code: string }>(
  m: EntityManager,
  record: T,
  index: string,
  taken: (code: string) => Error,
): Promise<T> {
  try {
    const saved = await m.save(record);
    return (await m.findOneOrFail(record.constructor as new () => T, { where: { id: saved.id } as never })) as T;
  } catch (e) {
    if (isUniqueViolation(e, index)) throw taken(record.code);
    throw e;
  }
}
