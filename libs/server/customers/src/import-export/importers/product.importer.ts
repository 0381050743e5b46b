import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CreateProductDto, UpdateProductDto } from '../../products/dto/product-inputs.dto';
import { ProductsService } from '../../products/products.service';
import { IMPORT_COLUMNS } from '../import-columns';
import { Importable } from '../import-export.registry';
import {
  BatchOutcome,
  distinct,
  ImportContext,
  ImportRow,
  inLanes,
  RowImporter,
  textValue,
  validateDto,
} from './importer';

// Products match on code (admins only, checked before the import starts).
@Injectable()
@Importable({
  name: 'products',
  label: 'records.products',
  columns: IMPORT_COLUMNS.products,
  permission: 'imports.products',
})
export class ProductImporter implements RowImporter {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ProductsService) private readonly products: ProductsService,
  ) {}

  async importBatch(records: ImportRow[][], ctx: ImportContext, outcome: BatchOutcome): Promise<void> {
    const rows = records.map((r) => r[0]);
    const codes = distinct(rows.map((r) => textValue(r.values.code)));
    const found: Array<{ id: string; code: string; version: number }> = codes.length
      ? await this.ds.query(`SELECT id, code, version FROM products WHERE code = ANY($1::text[])`, [codes])
      : [];
    const known = new Map(found.map((p) => [p.code, { id: p.id, version: p.version }]));
    await inLanes(
      rows,
      (r) => textValue(r.values.code),
      async ({ row, values }) => {
        await outcome.run(row, async () => {
          const code = textValue(values.code);
          const match = code ? known.get(code) : undefined;
          if (match) {
            const dto = await validateDto(UpdateProductDto, { ...values, version: match.version });
            if (!ctx.dryRun) {
              const saved = await this.products.updateProduct(match.id, dto);
              known.set(saved.code, { id: saved.id, version: saved.version });
            }
            return 'updated';
          }
          const dto = await validateDto(CreateProductDto, values);
          const saved = ctx.dryRun ? { id: '', code: dto.code, version: 1 } : await this.products.createProduct(dto);
          known.set(saved.code, { id: saved.id, version: saved.version });
          return 'created';
        });
      },
    );
  }
}
