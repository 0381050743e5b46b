import type { Identifier, ResourceCallbacks } from 'react-admin';
import { type ApiClient, MAX_PAGE_SIZE, ok } from '../client';
import type { OrderAction } from '../types';

type Fields = Record<string, unknown>;

// Order line inputs hold strings while typed; the API wants numbers for quantity and discount and a decimal
// string for the price. (Server-computed line fields are dropped by the request-body schema.)
const toLineInput = (line: Fields): Fields => ({
  ...line,
  quantity: Number(line.quantity),
  unitPrice: line.unitPrice === undefined || line.unitPrice === null ? undefined : String(line.unitPrice),
  discount: line.discount === undefined || line.discount === null ? 0 : Number(line.discount),
});

const withLineInputs = <T extends Fields | undefined>(data: T): T =>
  data && Array.isArray(data.lines) ? { ...data, lines: (data.lines as Fields[]).map(toLineInput) } : data;

// The previous record is reshaped too, so unchanged lines compare equal and are not sent.
export const orderCallbacks: ResourceCallbacks = {
  resource: 'orders',
  beforeCreate: async (params) => ({ ...params, data: withLineInputs(params.data) }),
  beforeUpdate: async (params) => ({
    ...params,
    data: withLineInputs(params.data),
    previousData: withLineInputs(params.previousData),
  }),
};

// Workflow steps of an order: POST /orders/:id/<step>; cancel needs a reason.
export const orderActions = (client: ApiClient) => ({
  orderAction: (id: Identifier, action: OrderAction, body: { reason?: string } = {}) => {
    const params = { path: { id: String(id) } };
    switch (action) {
      case 'confirm':
        return ok(client.POST('/api/v1/orders/{id}/confirm', { params }));
      case 'deliver':
        return ok(client.POST('/api/v1/orders/{id}/deliver', { params, body: {} }));
      case 'complete':
        return ok(client.POST('/api/v1/orders/{id}/complete', { params }));
      case 'cancel':
        return ok(client.POST('/api/v1/orders/{id}/cancel', { params, body: { reason: body.reason ?? '' } }));
    }
  },

  /** The number an order saved without one will most likely get (not reserved). */
  getNextOrderNumber: async (orderDate?: string) =>
    (await ok(client.GET('/api/v1/orders/next-number', { params: { query: { orderDate } } }))).number,

  listOrderDeliveries: (orderId: Identifier) =>
    ok(
      client.GET('/api/v1/orders/{orderId}/deliveries', {
        params: { path: { orderId: String(orderId) }, query: { pageSize: MAX_PAGE_SIZE } },
      }),
    ),
});
