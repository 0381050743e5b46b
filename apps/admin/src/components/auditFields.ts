// How the values of an audited field read: the label of a dictionary key, of an enum value, or the name
// of a staff member or department, instead of the stored key or UUID.
export type FieldFormat =
  | { kind: 'dictionary'; type: string }
  | { kind: 'enum'; enumKey: string }
  | { kind: 'reference'; reference: 'staff' | 'departments' | 'customers' | 'contacts' | 'products' }
  | { kind: 'roles' }
  // Values that name other fields of the same record (classificationOverrides: ["valueTier"]).
  | { kind: 'fields' };

const dictionary = (type: string): FieldFormat => ({ kind: 'dictionary', type });
const enumOf = (enumKey: string): FieldFormat => ({ kind: 'enum', enumKey });
const staff: FieldFormat = { kind: 'reference', reference: 'staff' };

// The same field name reads the same way on every entity unless the entity says otherwise.
const COMMON: Record<string, FieldFormat> = {
  ownerId: staff,
  staffId: staff,
  createdById: staff,
  managerId: staff,
  departmentId: { kind: 'reference', reference: 'departments' },
  customerId: { kind: 'reference', reference: 'customers' },
  contactId: { kind: 'reference', reference: 'contacts' },
  productId: { kind: 'reference', reference: 'products' },
  roles: { kind: 'roles' },
  role: { kind: 'roles' },
};

const BY_ENTITY: Record<string, Record<string, FieldFormat>> = {
  customers: {
    region: dictionary('region'),
    industry: dictionary('industry'),
    source: dictionary('customer_source'),
    kind: enumOf('kind'),
    status: enumOf('customerStatus'),
    valueTier: enumOf('valueTier'),
    abcClass: enumOf('abcClass'),
    valueGroup: enumOf('valueGroup'),
    stability: enumOf('stability'),
    behaviour: enumOf('behaviour'),
    consumptionTrait: enumOf('consumptionTrait'),
    socialStyle: enumOf('socialStyle'),
    relationshipLevel: enumOf('relationshipLevel'),
    lifecycleStage: enumOf('lifecycleStage'),
    screeningGrade: enumOf('screeningGrade'),
    mergedIntoId: { kind: 'reference', reference: 'customers' },
    classificationOverrides: { kind: 'fields' },
  },
  contacts: { gender: enumOf('gender'), buyingRole: enumOf('buyingRole') },
  interactions: { type: dictionary('interaction_type') },
  orders: { status: enumOf('orderStatus'), deliveryStatus: enumOf('deliveryStatus') },
  payments: { method: dictionary('payment_method') },
  products: { unit: dictionary('product_unit'), status: enumOf('productStatus') },
};

export const fieldFormat = (entity: string, field: string): FieldFormat | undefined =>
  BY_ENTITY[entity]?.[field] ?? COMMON[field];
