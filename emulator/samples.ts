// Realistic payloads: an invoice with per-field confidence, and large row arrays for size tests.

/** Frozen, so a test that mutates a sample cannot leak into the next one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const sampleInvoice = deepFreeze({
  invoice_number: 'INV-2024-0042',
  invoice_date: '2024-03-15',
  due_date: '2024-04-14',
  currency: 'EUR',
  vendor: {
    name: 'Bürobedarf Müller GmbH',
    address: 'Hauptstraße 12, 10115 Berlin, Germany',
    vat_id: 'DE123456789'
  },
  customer: {
    name: 'Northwind Traders Ltd.',
    address: '1 Harbour Road, Dublin D02 XY45, Ireland'
  },
  items: [
    { description: 'A4 copy paper, 80 g/m², box of 5 reams', quantity: 4, unit_price: 23.9, amount: 95.6 },
    { description: 'Black toner cartridge HP 59A', quantity: 2, unit_price: 89, amount: 178 },
    { description: 'Ergonomic office chair, mesh back', quantity: 1, unit_price: 249, amount: 249 }
  ],
  subtotal: 522.6,
  tax_rate: 0.2,
  tax: 104.52,
  total: 627.12
});

function entry(matchingText: string, confidence: number, page = 1) {
  return {
    citation: [{ page, matching_text: matchingText }],
    confidence,
    extraction_confidence: confidence,
    parsing_confidence: 1
  };
}

/** `extract_metadata.field_metadata` for {@link sampleInvoice}; the fields below 0.8 are listed in {@link sampleLowConfidence}. */
export const sampleFieldMetadata = deepFreeze({
  document_metadata: {
    invoice_number: entry('Invoice No. INV-2024-0042', 0.99),
    invoice_date: entry('Date: 15.03.2024', 0.97),
    due_date: entry('payable within 30 days', 0.55),
    currency: entry('EUR', 0.98),
    vendor: {
      name: {
        citation: [{ page: 1, matching_text: 'Bürobedarf Müller GmbH', bounding_boxes: [{ x: 72, y: 64, w: 180, h: 14 }] }],
        confidence: 0.99,
        extraction_confidence: 0.99,
        parsing_confidence: 1
      },
      address: entry('Hauptstraße 12, 10115 Berlin', 0.93),
      vat_id: entry('USt-IdNr. DE123456789', 0.71)
    },
    customer: {
      name: entry('Northwind Traders Ltd.', 0.96),
      address: entry('1 Harbour Road, Dublin D02 XY45', 0.9)
    },
    items: [
      {
        description: entry('A4 copy paper, 80 g/m², box of 5 reams', 0.95),
        quantity: entry('4', 0.98),
        unit_price: entry('23,90', 0.94),
        amount: entry('95,60', 0.97)
      },
      {
        description: entry('Black toner cartridge HP 59A', 0.96),
        quantity: entry('2', 0.92),
        unit_price: entry('89,00', 0.64),
        amount: entry('178,00', 0.95)
      },
      {
        description: entry('Ergonomic office chair, mesh back', 0.94, 2),
        quantity: entry('1', 0.99, 2),
        unit_price: entry('249,00', 0.96, 2),
        amount: entry('249,00', 0.96, 2)
      }
    ],
    subtotal: entry('Subtotal 522,60', 0.97, 2),
    tax_rate: entry('VAT 20%', 0.99, 2),
    tax: entry('VAT 104,52', 0.96, 2),
    total: entry('Total EUR 627,12', 0.98, 2)
  },
  page_metadata: null,
  row_metadata: null
});

/** The fields of {@link sampleFieldMetadata} whose confidence is below 0.8, in the action's path notation. */
export const sampleLowConfidence = deepFreeze([
  { path: 'due_date', confidence: 0.55 },
  { path: 'vendor.vat_id', confidence: 0.71 },
  { path: 'items[1].unit_price', confidence: 0.64 }
]);

/** Cents as exact decimal text, so rows never carry float noise like 12.299999999999999. */
function money(cents: number): string {
  const frac = cents % 100;
  return frac === 0 ? String(cents / 100) : `${Math.floor(cents / 100)}.${String(frac).padStart(2, '0')}`;
}

/**
 * Everything of a row but its line number, in a prime number of variants: rows vary, yet a row costs
 * one number and one copy, so 100 MB takes well under a second.
 */
const ROW_TAILS = Array.from({ length: 1009 }, (_, v) => {
  const quantity = 1 + (v % 9);
  const unitCents = 100 + ((v * 7919) % 49900);
  return Buffer.from(
    `,"sku":"SKU-${String(v).padStart(6, '0')}","description":"Part ${(v * 31) % 997} of batch ${v % 53}",` +
      `"quantity":${quantity},"unit_price":${money(unitCents)},"amount":${money(unitCents * quantity)},"currency":"EUR"}`,
    'latin1'
  );
});

/** A JSON array of invoice-line rows, as large as fits in `targetBytes` (within one row of it). Deterministic, ASCII. */
export function makeRows(targetBytes: number): Buffer {
  const out = Buffer.allocUnsafe(Math.max(2, targetBytes));
  let at = out.write('[', 0, 'latin1');
  for (let i = 0; ; i++) {
    const head = `${i === 0 ? '' : ','}{"line":${i + 1}`;
    const tail = ROW_TAILS[i % ROW_TAILS.length]!;
    if (at + head.length + tail.length + 1 > targetBytes) break;
    at += out.write(head, at, 'latin1');
    at += tail.copy(out, at);
  }
  at += out.write(']', at, 'latin1');
  return out.subarray(0, at);
}
