import { likePattern, Page, paginate, assertVersion } from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { DictionaryService } from '../dictionary/dictionary.service';
import { ProductDto, toProductDto } from './dto/product.dto';
import { CreateProductDto, ListProductsQueryDto, ProductFieldsDto, UpdateProductDto } from './dto/product-inputs.dto';
import { findOr404, saveUnique } from './product-catalog.service';
import { ProductCategory } from './product-category.entity';
import { Product, ProductStatus } from './product.entity';
import { productCodeTaken, productInUse, unknownProductCategory } from './products.errors';

const SORTABLE = {
  name: 'p.name',
  code: 'p.code',
  listPrice: 'p.listPrice',
  stockOnHand: 'p.stockOnHand',
  createdAt: 'p.createdAt',
};
const FIELDS = [
  'code',
  'name',
  'model',
  'unit',
  'categoryId',
  'listPrice',
  'cost',
  'stockOnHand',
  'status',
  'description',
] as const satisfies ReadonlyArray<keyof Product & keyof UpdateProductDto>;

// The product catalog and stock on hand. Everyone signed in reads it (sales staff look up prices
// and stock); deliveries change stock through the orders feature, in their own transaction.
@Injectable()
export class ProductsService implements OnModuleInit {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(DictionaryService) private readonly dictionary: DictionaryService,
  ) {}

  onModuleInit() {
    // A unit that is a dictionary key keeps that entry from being deleted.
    this.dictionary.registerUsage('product_unit', { table: 'products', column: 'unit' });
  }

  async listProducts(query: ListProductsQueryDto): Promise<Page<ProductDto>> {
    const qb = this.products.createQueryBuilder('p');
    if (query.categoryId) qb.andWhere('p.categoryId = :categoryId', { categoryId: query.categoryId });
    if (query.lineId)
      qb.andWhere('p.category_id IN (SELECT pc.id FROM product_categories pc WHERE pc.line_id = :lineId)', {
        lineId: query.lineId,
      });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.inStock !== undefined) qb.andWhere(query.inStock ? 'p.stockOnHand > 0' : 'p.stockOnHand = 0');
    if (query.q) qb.andWhere('(p.code ILIKE :q OR p.name ILIKE :q)', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: 'name' }, toProductDto);
  }

  async getProduct(id: string): Promise<ProductDto> {
    return toProductDto(await findOr404(this.ds.manager, Product, 'Product', id));
  }

  async createProduct(dto: CreateProductDto): Promise<ProductDto> {
    const saved = await this.ds.transaction(async (m) => {
      await this.assertCategory(m, dto.categoryId);
      const product = m.create(Product, { stockOnHand: 0, status: ProductStatus.Active });
      assignFields(product, dto);
      return saveUnique(m, product, 'uq_products_code', productCodeTaken);
    });
    return toProductDto(saved);
  }

  async updateProduct(id: string, dto: UpdateProductDto): Promise<ProductDto> {
    const saved = await this.ds.transaction(async (m) => {
      const product = await findOr404(m, Product, 'Product', id, true);
      assertVersion(product, dto.version, 'Product');
      if (dto.categoryId !== undefined && dto.categoryId !== product.categoryId)
        await this.assertCategory(m, dto.categoryId);
      assignFields(product, dto);
      return saveUnique(m, product, 'uq_products_code', productCodeTaken);
    });
    return toProductDto(saved);
  }

  // A product on any order stays (lines keep a reference); discontinue it instead.
  async deleteProduct(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const product = await findOr404(m, Product, 'Product', id, true);
      const [{ used }] = await m.query(`SELECT EXISTS (SELECT 1 FROM order_lines WHERE product_id = $1) AS used`, [id]);
      if (used) throw productInUse(product.code);
      await m.remove(product);
    });
  }

  private async assertCategory(m: EntityManager, categoryId: string | null | undefined) {
    if (!categoryId) return;
    const found = await m.findOne(ProductCategory, { where: { id: categoryId }, lock: { mode: 'pessimistic_read' } });
    if (!found) throw unknownProductCategory();
  }
}

function assignFields(
  product: Product,
  dto: ProductFieldsDto & Partial<Pick<CreateProductDto, 'code' | 'name' | 'listPrice'>>,
) {
  const target = product as unknown as Record<string, unknown>;
  const source = dto as unknown as Record<string, unknown>;
  for (const field of FIELDS) if (source[field] !== undefined) target[field] = source[field];
}
