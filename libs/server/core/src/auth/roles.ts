// The seven roles of the product (SPEC section 0).
export enum Role {
  Admin = 'admin',
  Executive = 'executive',
  SalesManager = 'sales_manager',
  AccountManager = 'account_manager',
  Marketer = 'marketer',
  ServiceAgent = 'service_agent',
  CallAgent = 'call_agent',
}

export const ALL_ROLES = Object.values(Role);
