import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '../auth/roles';
import { createTestApp, loginAs, TestContext } from '../testing';
import { FileAccess, FilesService, MAX_FILE_SIZE } from './files.service';

type Headers = { Authorization: string };

describe('files API', () => {
  let ctx: TestContext;
  let owner: { user: { id: string }; headers: Headers };
  let reader: Headers;
  let stranger: Headers;
  // Access to the records of the stand-in entity "test_notes", by user id.
  const access = new Map<string, Map<string, FileAccess>>();
  const note = () => {
    const id = randomUUID();
    access.set(id, new Map());
    return id;
  };
  const grant = (noteId: string, userId: string, level: FileAccess) => access.get(noteId)!.set(userId, level);

  beforeAll(async () => {
    ctx = await createTestApp();
    owner = await loginAs(ctx, Role.AccountManager);
    const r = await loginAs(ctx, Role.Executive);
    reader = r.headers;
    const s = await loginAs(ctx, Role.AccountManager);
    stranger = s.headers;
    ctx.app.get(FilesService).registerAccess('test_notes', async (user, id) => {
      const levels = access.get(id);
      if (!levels) return 'none';
      if (user.id === r.user.id) return 'read';
      return levels.get(user.id ?? '') ?? 'none';
    });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(ctx.config.dataDir, { recursive: true, force: true });
  });

  const upload = (headers: Headers, entityId: string, content: Buffer | string = 'hello', name = 'note.txt') =>
    ctx.http
      .post('/api/v1/files')
      .set(headers)
      .field('entity', 'test_notes')
      .field('entityId', entityId)
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), {
        filename: name,
        contentType: 'text/plain',
      });

  it('stores an upload under <dataDir>/files/<yyyy>/<mm>/<id> with its hash, and lists it', async () => {
    const id = note();
    grant(id, owner.user.id, 'write');
    const res = await upload(owner.headers, id, 'hello world', '合同 v1.txt').expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      entity: 'test_notes',
      entityId: id,
      fileName: '合同 v1.txt',
      mimeType: 'text/plain',
      size: 11,
      sha256: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9',
      uploadedById: owner.user.id,
      createdAt: expect.any(String),
    });
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${res.body.id}`;
    const [row] = await ctx.ds.query(`SELECT storage_key FROM files WHERE id = $1`, [res.body.id]);
    expect(row.storage_key).toBe(key);
    expect(existsSync(join(ctx.config.dataDir, 'files', key))).toBe(true);
    // Nothing is left in multer's temporary directory.
    expect(await readdir(join(ctx.config.dataDir, 'files', 'tmp'))).toEqual([]);

    const list = await ctx.http
      .get('/api/v1/files')
      .set(owner.headers)
      .query({ entity: 'test_notes', entityId: id })
      .expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, data: [{ id: res.body.id, fileName: '合同 v1.txt' }] });
  });

  it('downloads the bytes as an attachment with a UTF-8 file name', async () => {
    const id = note();
    grant(id, owner.user.id, 'write');
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    const file = (await upload(owner.headers, id, bytes, '报价 "final".bin').expect(201)).body;
    const res = await ctx.http
      .get(`/api/v1/files/${file.id}/content`)
      .set(reader)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="__ _final_.bin"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%20%22final%22.bin`,
    );
    expect(res.headers['content-length']).toBe('6');
  });

  it('hides files of records the user cannot see (404) and refuses changes to read-only users (403)', async () => {
    const id = note();
    grant(id, owner.user.id, 'write');
    const file = (await upload(owner.headers, id).expect(201)).body;
    await ctx.http.get(`/api/v1/files/${file.id}`).set(stranger).expect(404);
    await ctx.http.get(`/api/v1/files/${file.id}/content`).set(stranger).expect(404);
    await ctx.http.get('/api/v1/files').set(stranger).query({ entity: 'test_notes', entityId: id }).expect(404);
    await upload(stranger, id).expect(404);
    await ctx.http.delete(`/api/v1/files/${file.id}`).set(stranger).expect(404);

    await ctx.http.get(`/api/v1/files/${file.id}`).set(reader).expect(200);
    await upload(reader, id).expect(403);
    await ctx.http.delete(`/api/v1/files/${file.id}`).set(reader).expect(403);
  });

  it('deletes a file with its bytes', async () => {
    const id = note();
    grant(id, owner.user.id, 'write');
    const file = (await upload(owner.headers, id).expect(201)).body;
    const [{ storage_key }] = await ctx.ds.query(`SELECT storage_key FROM files WHERE id = $1`, [file.id]);
    await ctx.http.delete(`/api/v1/files/${file.id}`).set(owner.headers).expect(204);
    await ctx.http.get(`/api/v1/files/${file.id}`).set(owner.headers).expect(404);
    expect(existsSync(join(ctx.config.dataDir, 'files', storage_key))).toBe(false);
    const audit = await ctx.ds.query(
      `SELECT action FROM audit_log WHERE entity = 'files' AND entity_id = $1 ORDER BY created_at`,
      [file.id],
    );
    expect(audit).toEqual([{ action: 'create' }, { action: 'delete' }]);
  });

  it('answers 400 for an unknown entity or a missing file, and 413 above 20 MB', async () => {
    const id = note();
    grant(id, owner.user.id, 'write');
    const unknown = await ctx.http
      .post('/api/v1/files')
      .set(owner.headers)
      .field('entity', 'spaceships')
      .field('entityId', id)
      .attach('file', Buffer.from('x'), 'x.txt')
      .expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'entity', message: expect.stringContaining('test_notes') }]);
    const none = await ctx.http
      .post('/api/v1/files')
      .set(owner.headers)
      .field('entity', 'test_notes')
      .field('entityId', id)
      .expect(400);
    expect(none.body.errors).toEqual([{ field: 'file', message: expect.any(String) }]);
    await ctx.http
      .post('/api/v1/files')
      .set(owner.headers)
      .field('entity', 'test_notes')
      .attach('file', Buffer.from('x'), 'x.txt')
      .expect(400);
    const big = await upload(owner.headers, id, Buffer.alloc(MAX_FILE_SIZE + 1, 1), 'big.bin').expect(413);
    expect(big.body).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(await readdir(join(ctx.config.dataDir, 'files', 'tmp'))).toEqual([]);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM files WHERE entity_id = $1`, [id]))[0].n).toBe(0);
  });

  it('needs a signed-in user', async () => {
    await ctx.http.get(`/api/v1/files/${randomUUID()}`).expect(401);
  });
});
