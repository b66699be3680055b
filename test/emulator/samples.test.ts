import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { makeRows, sampleFieldMetadata, sampleInvoice, sampleLowConfidence } from '../../emulator/samples.js';

/** Every `{ confidence }` entry of field metadata, by the action's path notation (`items[1].unit_price`). */
function confidences(node: unknown, path = ''): Array<{ path: string; confidence: number }> {
  if (Array.isArray(node)) return node.flatMap((child, i) => confidences(child, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  if (typeof (node as { confidence?: unknown }).confidence === 'number') {
    return [{ path, confidence: (node as { confidence: number }).confidence }];
  }
  return Object.entries(node).flatMap(([key, child]) => confidences(child, path ? `${path}.${key}` : key));
}

/** Paths of the scalar leaves of a result, in the same notation. */
function leaves(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => leaves(child, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [path];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('sampleInvoice and sampleFieldMetadata', () => {
  it('adds up, and has metadata for every leaf field', () => {
    const cents = (n: number) => Math.round(n * 100);
    const items = sampleInvoice.items;
    for (const item of items) expect(cents(item.quantity * item.unit_price)).toBe(cents(item.amount));
    expect(items.reduce((sum, item) => sum + cents(item.amount), 0)).toBe(cents(sampleInvoice.subtotal));
    expect(cents(sampleInvoice.subtotal) + cents(sampleInvoice.tax)).toBe(cents(sampleInvoice.total));
    expect(confidences(sampleFieldMetadata.document_metadata).map((c) => c.path)).toEqual(leaves(sampleInvoice));
  });

  it('lists exactly its fields below 0.8 in sampleLowConfidence', () => {
    const low = confidences(sampleFieldMetadata.document_metadata).filter((c) => c.confidence < 0.8);
    expect(low).toEqual(sampleLowConfidence);
  });

  it('has its expected result beside the emulator, for the expected input', () => {
    const file = new URL('../../emulator/expected/sample-invoice.json', import.meta.url);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(sampleInvoice);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(sampleInvoice.items[0])).toBe(true);
    expect(Object.isFrozen(sampleFieldMetadata.document_metadata.vendor.name.citation[0])).toBe(true);
  });
});

describe('makeRows', () => {
  it('builds a valid JSON array of invoice lines within one row of the target size', () => {
    const rows = makeRows(50_000);
    expect(rows.length).toBeLessThanOrEqual(50_000);
    expect(rows.length).toBeGreaterThan(50_000 - 250);
    const parsed = JSON.parse(rows.toString());
    expect(parsed[0]).toMatchObject({ line: 1, sku: 'SKU-000000', currency: 'EUR' });
    for (const row of parsed.slice(0, 50)) expect(Math.round(row.quantity * row.unit_price * 100)).toBe(Math.round(row.amount * 100));
  });

  it('is deterministic, and an empty array when no row fits', () => {
    expect(makeRows(10_000).equals(makeRows(10_000))).toBe(true);
    expect(makeRows(20).toString()).toBe('[]');
  });

  it('builds 50 MB of rows, a whole array', () => {
    const rows = makeRows(50 * 1024 * 1024);
    expect(rows.length).toBeGreaterThan(50 * 1024 * 1024 - 250);
    expect(rows.subarray(-2).toString()).toBe('}]');
  });
});
