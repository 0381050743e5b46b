import { ArgumentsHost, BadRequestException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { OptimisticLockVersionMismatchError } from 'typeorm';
import { ConflictError, fieldError, InvalidInputError, NotFoundError, RuleViolationError } from './domain-error';
import { ProblemDetailsFilter, toProblem } from './problem-details.filter';

describe('toProblem', () => {
  it('maps a rule violation to 422 problem details with its code', () => {
    const p = toProblem(
      new RuleViolationError('illegal_transition', 'Cannot go from draft to completed', [
        { field: 'status', message: 'illegal' },
      ]),
    );
    expect(p).toMatchObject({
      status: 422,
      code: 'illegal_transition',
      title: 'Unprocessable Content',
      detail: 'Cannot go from draft to completed',
    });
    expect(p?.errors).toEqual([{ field: 'status', message: 'illegal' }]);
    expect(p?.type).toBe('https://crm.dev/problems/illegal-transition');
  });

  it('maps a missing record to 404', () => {
    expect(toProblem(new NotFoundError('Department', 'abc'))).toMatchObject({
      status: 404,
      detail: 'Department abc was not found',
    });
  });

  it('keeps the status of framework HTTP exceptions', () => {
    expect(toProblem(new HttpException('Nope', 418))).toMatchObject({ status: 418, detail: 'Nope' });
  });

  it('leaves unknown errors to the 500 path', () => {
    expect(toProblem(new Error('boom'))).toBeUndefined();
  });
});

describe("toProblem in the caller's language", () => {
  it('names the missing record in Chinese and keeps the English as before', () => {
    const error = new NotFoundError('Department', 'abc');
    expect(toProblem(error)).toMatchObject({ title: 'Not Found', detail: 'Department abc was not found' });
    expect(toProblem(error, 'zh')).toMatchObject({
      status: 404,
      code: 'not_found',
      title: '未找到',
      detail: '部门 abc 不存在',
    });
    expect(toProblem(new NotFoundError('Spaceship'), 'zh')?.detail).toBe('Spaceship不存在');
  });

  it('words a rule violation by its code, with its field errors', () => {
    const error = new RuleViolationError('cannot_deactivate_self', [fieldError('active', 'field.not_false_for_self')]);
    expect(error.message).toBe('You cannot deactivate your own account');
    expect(toProblem(error, 'zh')).toMatchObject({
      status: 422,
      code: 'cannot_deactivate_self',
      title: '无法处理',
      detail: '不能停用自己的账号',
      errors: [{ field: 'active', message: '不能对自己的账号设为 false' }],
    });
    // Field errors leave the API as {field, message} only.
    expect(toProblem(error, 'zh')?.errors[0]).toEqual({ field: 'active', message: '不能对自己的账号设为 false' });
  });

  it('translates custom titles and leaves English-only messages English', () => {
    const error = new InvalidInputError('Legacy text', [{ field: 'x', message: 'x is odd' }]);
    expect(toProblem(error, 'zh')).toMatchObject({
      title: '验证失败',
      detail: 'Legacy text',
      errors: [{ message: 'x is odd' }],
    });
    expect(toProblem(new ConflictError('some_code', 'Plain English'), 'zh')).toMatchObject({
      title: '冲突',
      detail: 'Plain English',
    });
  });

  it('translates framework and database errors it knows', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/v1/nope'), 'zh')).toMatchObject({
      detail: '接口 GET /api/v1/nope 不存在',
    });
    expect(toProblem(new BadRequestException('Validation failed (uuid is expected)'), 'zh')?.detail).toBe(
      '验证失败（应为 UUID）',
    );
    expect(toProblem(new ThrottlerException(), 'zh')?.detail).toBe('请求过于频繁，请稍后重试');
    expect(toProblem(new OptimisticLockVersionMismatchError('User', 1, 2), 'zh')).toMatchObject({
      status: 409,
      errors: [{ field: 'version', message: '已过期' }],
    });
    expect(toProblem(new HttpException('Nope', 418), 'zh')).toMatchObject({ detail: 'Nope', title: '错误' });
  });
});

describe('ProblemDetailsFilter', () => {
  const answer = (exception: unknown, acceptLanguage?: string) => {
    const res = {
      headersSent: false,
      headers: {} as Record<string, string>,
      body: undefined as unknown,
      statusCode: 0,
      status(code: number) {
        this.statusCode = code;
        return this;
      },
      type(value: string) {
        this.headers['content-type'] = value;
        return this;
      },
      setHeader(name: string, value: string) {
        this.headers[name.toLowerCase()] = value;
        return this;
      },
      vary(name: string) {
        this.headers.vary = name;
        return this;
      },
      json(body: unknown) {
        this.body = body;
        return this;
      },
    };
    const req = {
      method: 'GET',
      originalUrl: '/api/v1/departments/abc',
      headers: { 'accept-language': acceptLanguage },
    };
    const host = {
      switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }),
    } as unknown as ArgumentsHost;
    new ProblemDetailsFilter().catch(exception, host);
    return res;
  };

  it('answers in the Accept-Language and says so in Content-Language', () => {
    const zh = answer(new NotFoundError('Department', 'abc'), 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(zh.statusCode).toBe(404);
    expect(zh.headers).toMatchObject({ 'content-language': 'zh-CN', vary: 'Accept-Language' });
    expect(zh.body).toMatchObject({ detail: '部门 abc 不存在', instance: '/api/v1/departments/abc' });
    const plain = answer(new NotFoundError('Department', 'abc'));
    expect(plain.headers['content-language']).toBe('en');
    expect(plain.body).toMatchObject({ detail: 'Department abc was not found', title: 'Not Found' });
  });

  it('hides unknown errors behind a translated 500', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = answer(new Error('boom'), 'zh');
    expect(res.statusCode).toBe(500);
    expect(res.body).toMatchObject({ title: '服务器内部错误', detail: '发生意外错误，已记录在日志中' });
  });
});
