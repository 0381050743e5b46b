import { type MessageKey, msg, registerMessages } from '../i18n/translate';
import { toProblem } from './problem-details.filter';
import { assertVersion, StaleVersionError } from './stale-version';

// A lib's own wording for its record, as a lib's catalog would bring it.
registerMessages({
  en: { 'stale_version.ticket': 'The ticket was changed by someone else; reload it and try again' },
  zh: { 'stale_version.ticket': '该工单已被他人修改，请重新加载后再试' },
});

describe('assertVersion', () => {
  it('passes when the sent version is the one stored', () => {
    expect(() => assertVersion({ version: 3 }, 3, 'Customer')).not.toThrow();
  });

  it.each([2, 4])('answers 409 stale_version pointing at the version field when %s is sent for 3', (sent) => {
    const error = catchIt(() => assertVersion({ version: 3 }, sent, 'Customer'));
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toMatchObject({ entity: 'Customer', sent, current: 3 });
    expect(toProblem(error)).toMatchObject({
      status: 409,
      code: 'stale_version',
      detail: 'The record was changed by someone else; reload it and try again',
      errors: [{ field: 'version', message: 'is stale' }],
    });
  });

  it('says it in the reader language and words it for the record when asked', () => {
    expect(
      toProblem(
        catchIt(() => assertVersion({ version: 1 }, 2)),
        'zh',
      ),
    ).toMatchObject({
      status: 409,
      detail: '该记录已被他人修改，请重新加载后再试',
    });
    expect(
      toProblem(
        catchIt(() => assertVersion({ version: 1 }, 2, 'Ticket', msg('stale_version.ticket' as MessageKey))),
        'en',
      ),
    ).toMatchObject({
      status: 409,
      code: 'stale_version',
      detail: 'The ticket was changed by someone else; reload it and try again',
    });
  });
});

function catchIt(f: () => void): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}
