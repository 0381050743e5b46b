import { AuthUser, ListQueryDto, registerMessages, Role, type MessageKey } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { Inject, Injectable, Module } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Exportable, ExportSource, Importable } from './import-export.registry';
import { BatchOutcome, ImportRow, RowImporter, textValue } from './importers/importer';

// A lib of its own (say, a knowledge base) declares an importable entity and an exportable list,
// editing nothing in the import runner, the imports service or the exports service.
registerMessages({
  en: { 'records.test_articles': 'Test articles' },
  zh: { 'records.test_articles': '测试文章' },
});
const LABEL = 'records.test_articles' as MessageKey;

@Injectable()
@Importable({
  name: 'test_articles',
  label: LABEL,
  columns: [
    { field: 'title', type: 'text', en: 'Title', zh: '标题', required: true },
    { field: 'views', type: 'int', en: 'Views', zh: '浏览量' },
  ],
  permission: 'imports.run',
})
class TestArticleImporter implements RowImporter {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async importBatch(records: ImportRow[][], _ctx: unknown, outcome: BatchOutcome) {
    for (const [row] of records)
      await outcome.run(row.row, async () => {
        await this.ds.query(`INSERT INTO test_articles (title, views) VALUES ($1, $2)`, [
          textValue(row.values.title),
          row.values.views ?? 0,
        ]);
        return 'created';
      });
  }
}

class TestArticleDto {
  @ApiProperty() title!: string;
  @ApiProperty() views!: number;
}

@Injectable()
@Exportable({
  name: 'test_articles',
  label: LABEL,
  permission: 'customers.export',
  query: ListQueryDto,
  dto: TestArticleDto,
})
class TestArticleExportSource implements ExportSource {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async list(query: ListQueryDto, _user: AuthUser) {
    const data: TestArticleDto[] = await this.ds.query(`SELECT title, views FROM test_articles ORDER BY title`);
    return { data, total: data.length, page: query.page ?? 1, pageSize: query.pageSize ?? 25 };
  }
}

@Module({ providers: [TestArticleImporter, TestArticleExportSource] })
class TestArticlesModule {}

describe('import and export registries', () => {
  let ctx: TestContext;
  let admin: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp({ imports: [TestArticlesModule] });
    admin = (await loginAs(ctx, Role.Admin)).headers;
    await ctx.ds.query(`CREATE TABLE test_articles (title text PRIMARY KEY, views int)`);
  });
  afterAll(() => ctx.close());

  it('lists every declared importable entity with its columns and template, in the caller’s language', async () => {
    const res = await ctx.http.get('/api/v1/imports/entities').set(admin).set('Accept-Language', 'zh-CN').expect(200);
    expect(res.body.data.map((e: { entity: string }) => e.entity)).toEqual([
      'contacts',
      'customers',
      'orders',
      'products',
      'test_articles',
    ]);
    expect(res.body.data[4]).toEqual({
      entity: 'test_articles',
      label: '测试文章',
      columns: [
        { field: 'title', label: '标题', type: 'text', required: true, note: null },
        { field: 'views', label: '浏览量', type: 'int', required: false, note: null },
      ],
      template: '/api/v1/imports/template?entity=test_articles',
    });
    // Each role sees what it may import: products are admins' only.
    const manager = await loginAs(ctx, Role.SalesManager);
    const mine = await ctx.http.get('/api/v1/imports/entities').set(manager.headers).expect(200);
    expect(mine.body.data.map((e: { entity: string }) => e.entity)).toEqual([
      'contacts',
      'customers',
      'orders',
      'test_articles',
    ]);
  });

  it('imports a file of the new entity and offers its template', async () => {
    const res = await ctx.http
      .post('/api/v1/imports')
      .set(admin)
      .field('entity', 'test_articles')
      .attach('file', Buffer.from('标题,Views\nHow to,12\nWhy,3\n'), 'articles.csv')
      .expect(200);
    expect(res.body).toMatchObject({ entity: 'test_articles', status: 'completed', created: 2, failed: 0 });
    expect(await ctx.ds.query(`SELECT title, views FROM test_articles ORDER BY title`)).toEqual([
      { title: 'How to', views: 12 },
      { title: 'Why', views: 3 },
    ]);
    const template = await ctx.http.get('/api/v1/imports/template?entity=test_articles').set(admin).expect(200);
    expect(template.text.trim()).toBe('title,views');
  });

  it('answers 400 naming the valid entities for one nobody declared', async () => {
    const res = await ctx.http
      .post('/api/v1/imports')
      .set(admin)
      .field('entity', 'spaceships')
      .attach('file', Buffer.from('name\nx\n'), 'x.csv')
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'entity', message: 'entity must be one of: contacts, customers, orders, products, test_articles' },
    ]);
    await ctx.http.get('/api/v1/imports/template?entity=spaceships').set(admin).expect(400);
    await ctx.http.get('/api/v1/imports?entity=spaceships').set(admin).expect(400);
  });

  it('lists every declared exportable list and exports the new one', async () => {
    const lists = await ctx.http.get('/api/v1/exports/sources').set(admin).expect(200);
    expect(lists.body.data).toEqual(
      expect.arrayContaining([
        { entity: 'customers', label: 'Customers' },
        { entity: 'payments', label: 'Payments' },
        { entity: 'test_articles', label: 'Test articles' },
      ]),
    );
    expect(lists.body.data).toHaveLength(7);
    await ctx.ds.query(`INSERT INTO test_articles VALUES ('How to', 12), ('Why', 3) ON CONFLICT DO NOTHING`);
    const file = await ctx.http.get('/api/v1/exports/test_articles?format=csv').set(admin).expect(200);
    expect(
      file.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['title,views', 'How to,12', 'Why,3']);
    const missing = await ctx.http.get('/api/v1/exports/spaceships').set(admin).expect(404);
    expect(missing.body.detail).toContain('test_articles');
  });
});
