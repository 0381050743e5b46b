import { HttpException } from '@nestjs/common';
import { NotFoundError, RuleViolationError } from './domain-error';
import { toProblem } from './problem-details.filter';

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
    expect(toProblem(new NotFoundError('Customer', 'abc'))).toMatchObject({
      status: 404,
      detail: 'Customer abc was not found',
    });
  });

  it('keeps the status of framework HTTP exceptions', () => {
    expect(toProblem(new HttpException('Nope', 418))).toMatchObject({ status: 418, detail: 'Nope' });
  });

  it('leaves unknown errors to the 500 path', () => {
    expect(toProblem(new Error('boom'))).toBeUndefined();
  });
});
