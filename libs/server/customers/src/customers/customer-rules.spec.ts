import { fillEmptyFields } from '../duplicates/customer-merge.service';
import { Customer } from './customer.entity';
import { LifecycleStage, OverridableClassification as O, ValueTier } from './customer.enums';
import { nextOverrides } from './customers.service';

const before = {
  valueTier: ValueTier.Small,
  abcClass: null,
  valueGroup: null,
  stability: null,
  behaviour: null,
  lifecycleStage: LifecycleStage.Exploration,
  screeningGrade: null,
};

describe('nextOverrides', () => {
  it('adds a computed classification changed by hand', () => {
    expect(nextOverrides({ classificationOverrides: [] }, { valueTier: ValueTier.Vip }, before)).toEqual([O.ValueTier]);
  });

  it('ignores values sent unchanged', () => {
    expect(nextOverrides({ classificationOverrides: [] }, { valueTier: ValueTier.Small }, before)).toEqual([]);
  });

  it('hands a cleared classification back to the jobs', () => {
    expect(nextOverrides({ classificationOverrides: [O.ValueTier, O.Stability] }, { valueTier: null }, before)).toEqual(
      [O.Stability],
    );
  });

  it('takes an explicit list, plus what the same request sets', () => {
    expect(
      nextOverrides(
        { classificationOverrides: [O.ValueTier, O.Behaviour] },
        { classificationOverrides: [], lifecycleStage: LifecycleStage.Decline },
        before,
      ),
    ).toEqual([O.LifecycleStage]);
  });
});

describe('fillEmptyFields', () => {
  const customer = (fields: Partial<Customer>) =>
    Object.assign(new Customer(), { tags: [], customFields: {}, ...fields }) as Customer;

  it('fills only the target fields that are empty, and unions tags and custom fields', () => {
    const target = customer({ phone: '1', email: null, tags: ['a'], customFields: { x: 1 } });
    const source = customer({
      phone: '2',
      email: 'e@x',
      region: 'east_china',
      tags: ['a', 'b'],
      customFields: { x: 2, y: 3 },
    });
    expect(fillEmptyFields(target, source)).toEqual(['region', 'email', 'tags', 'customFields']);
    expect(target).toMatchObject({ phone: '1', email: 'e@x', region: 'east_china', tags: ['a', 'b'] });
    expect(target.customFields).toEqual({ x: 1, y: 3 });
  });

  it('changes nothing when the source has nothing new', () => {
    const target = customer({ phone: '1', tags: ['a'] });
    expect(fillEmptyFields(target, customer({ phone: null, tags: ['a'] }))).toEqual([]);
  });
});
