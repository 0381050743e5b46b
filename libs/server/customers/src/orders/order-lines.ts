import { fieldError, FieldError, RuleViolationError } from '@crm/server-core';
import { EntityManager, In } from 'typeorm';
import { Product, ProductStatus } from '../products/product.entity';
import { OrderLineInputDto } from './dto/order-inputs.dto';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { orderAmounts } from './order-totals';
import { invalidOrderLines } from './orders.errors';

// Turns the lines a client sent into priced lines: the product must exist and be active, the unit
// price defaults to the list price, and every amount is computed here. Sets the order's totals.
export async function priceLines(m: EntityManager, order: Order, inputs: OrderLineInputDto[]): Promise<OrderLine[]> {
  const ids = [...new Set(inputs.map((l) => l.productId))];
  const products = new Map((await m.findBy(Product, { id: In(ids) })).map((p) => [p.id, p]));
  const missing: FieldError[] = [];
  const discontinued: FieldError[] = [];
  inputs.forEach((line, i) => {
    const product = products.get(line.productId);
    const field = `lines[${i}].productId`;
    if (!product) missing.push(fieldError(field, 'field.existing_product'));
    else if (product.status !== ProductStatus.Active)
      discontinued.push(fieldError(field, 'field.product_discontinued', { code: product.code }));
  });
  if (missing.length) throw invalidOrderLines(missing);
  if (discontinued.length) throw new RuleViolationError('product_discontinued', discontinued);

  const priced = inputs.map((line) => ({
    product: products.get(line.productId)!,
    quantity: line.quantity,
    unitPrice: line.unitPrice ?? products.get(line.productId)!.listPrice,
    discount: line.discount ?? 0,
  }));
  const amounts = orderAmounts(priced);
  order.subtotal = amounts.subtotal;
  order.discountTotal = amounts.discountTotal;
  order.total = amounts.total;
  return priced.map((line, i) =>
    m.create(OrderLine, {
      position: i + 1,
      productId: line.product.id,
      productName: line.product.name,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discount: String(line.discount),
      lineTotal: amounts.lines[i].lineTotal,
    }),
  );
}

// Replaces an order's lines (drafts only; the caller checks).
export async function writeLines(m: EntityManager, orderId: string, lines: OrderLine[]): Promise<OrderLine[]> {
  await m.delete(OrderLine, { orderId });
  for (const line of lines) line.orderId = orderId;
  return m.save(OrderLine, lines);
}
