import { regex } from 'react-admin';

// The API's money format: a non-negative decimal string with at most 2 decimals ("1250.00").
export const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
export const money = () => regex(MONEY, 'crm.validation.money');
