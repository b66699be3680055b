import { describe, expect, it } from '@jest/globals';
import { checkConfidence } from '../../../src/check/confidence-gate.js';
import { confidenceTree } from '../../../src/check/confidence-tree.js';

const entry = (confidence: unknown, extra: object = {}) => ({
  citation: [{ page: 1, matching_text: 'x', bounding_boxes: [{ x: 1, y: 2, w: 3, h: 4 }] }],
  confidence,
  extraction_confidence: 0.01,
  parsing_confidence: 0.01,
  ...extra
});

const low = (path: string, confidence: number, min = 0.8) => ({
  jobId: 'job-1',
  gate: 'confidence',
  path,
  message: `confidence ${confidence} is below ${min}`,
  confidence
});

describe('checkConfidence', () => {
  it('passes the API example, where every field is confident', () => {
    const metadata = {
      document_metadata: {
        items: [{ amount: entry(1.0), description: entry(0.998) }],
        total: entry(1.0),
        vendor: entry(1.0)
      }
    };
    expect(checkConfidence('job-1', metadata, 0.9)).toEqual({ violations: [], hasConfidence: true });
  });

  it('flags low fields in document metadata, through nested objects and arrays', () => {
    const metadata = {
      document_metadata: {
        vendor: entry(0.62),
        total: entry(0.8), // at the threshold: fine
        address: { city: entry(0.5), street: entry(0.95), geo: { lat: entry(0.1) } },
        items: [{ amount: entry(0.9) }, { amount: entry(0.9) }, { amount: entry(0.7), tags: [entry(0.3)] }],
        matrix: [[entry(0.2)]]
      }
    };
    const result = checkConfidence('job-1', metadata, 0.8);
    expect(result.violations).toEqual([
      low('vendor', 0.62),
      low('address.city', 0.5),
      low('address.geo.lat', 0.1),
      low('items[2].amount', 0.7),
      low('items[2].tags[0]', 0.3),
      low('matrix[0][0]', 0.2)
    ]);
    expect(result.hasConfidence).toBe(true);
  });

  it('prefixes page and row metadata with pages[i]. and rows[i].', () => {
    const metadata = {
      document_metadata: null,
      page_metadata: [{ vendor: entry(0.9) }, { vendor: entry(0.4), lines: [{ text: entry(0.3) }] }],
      row_metadata: [{}, {}, {}, { amount: entry(0.55) }]
    };
    expect(checkConfidence('job-1', metadata, 0.6).violations).toEqual([
      low('pages[1].vendor', 0.4, 0.6),
      low('pages[1].lines[0].text', 0.3, 0.6),
      low('rows[3].amount', 0.55, 0.6)
    ]);
  });

  it('does not walk into an entry: citations and reasoning are not fields', () => {
    const metadata = {
      document_metadata: { vendor: entry(0.99, { citation: [{ confidence: 0.01 }], reasoning: { confidence: 0.01 } }) }
    };
    expect(checkConfidence('job-1', metadata, 0.9)).toEqual({ violations: [], hasConfidence: true });
  });

  it('still treats a field named "confidence" as a field', () => {
    const metadata = { document_metadata: { confidence: entry(0.3), score: { confidence: entry(0.2) } } };
    expect(checkConfidence('job-1', metadata, 0.5).violations.map((v) => v.path)).toEqual(['confidence', 'score.confidence']);
  });

  it('quotes field names that are not identifiers', () => {
    const metadata = { document_metadata: { 'Invoice No.': entry(0.1), lines: [{ 'unit price': entry(0.2) }] } };
    expect(checkConfidence('job-1', metadata, 0.5).violations.map((v) => v.path)).toEqual(['["Invoice No."]', 'lines[0]["unit price"]']);
  });

  it('reports no confidence when the job ran without confidence scores', () => {
    const metadata = {
      document_metadata: { vendor: { citation: [{ page: 1, matching_text: 'Acme' }] }, total: { citation: [], confidence: null } },
      page_metadata: null,
      row_metadata: null
    };
    expect(checkConfidence('job-1', metadata, 0.9)).toEqual({ violations: [], hasConfidence: false });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'metadata'],
    ['a number', 42],
    ['an array', [entry(0.1)]],
    ['junk levels', { document_metadata: 'x', page_metadata: { not: 'a list' }, row_metadata: [null, 5, 'a', [], { x: null }] }],
    ['non-numeric confidence', { document_metadata: { a: { confidence: 'high' }, b: { confidence: true }, c: { confidence: {} } } }]
  ])('tolerates %s without throwing or flagging', (_name, metadata) => {
    expect(checkConfidence('job-1', metadata, 0.9)).toEqual({ violations: [], hasConfidence: false });
  });
});

describe('checkConfidence on deep metadata', () => {
  it('walks field metadata nested 100,000 levels deep', () => {
    let node: unknown = { confidence: 0.1 };
    for (let i = 0; i < 100_000; i++) node = { a: node };
    const check = checkConfidence('job-1', { document_metadata: node }, 0.8);
    expect(check.violations).toHaveLength(1);
    expect(check.violations[0]!.path).toBe(`${'a.'.repeat(99_999)}a`);
  });
});

describe('confidenceTree', () => {
  it('keeps only what the gate reads, in place: checked again, it finds the same, in the same order', () => {
    // As JSON.parse reads metadata: `__proto__` is a field of its own.
    const metadata = JSON.parse(
      JSON.stringify({
        document_metadata: {
          total: entry(0.3),
          notes: { citation: [] },
          vendor: { name: entry(0.9), proto: entry(0.2) },
          items: [{ sku: { citation: [] } }, { amount: entry(0.4) }]
        },
        page_metadata: [{}, { vendor: entry(0.5) }],
        row_metadata: null
      }).replace('"proto"', '"__proto__"')
    ) as unknown;
    const tree = confidenceTree(metadata);
    expect(JSON.stringify(tree)).toBe(
      '{"document_metadata":{"total":{"confidence":0.3},"vendor":{"name":{"confidence":0.9},"__proto__":{"confidence":0.2}},"items":[null,{"amount":{"confidence":0.4}}]},"page_metadata":[null,{"vendor":{"confidence":0.5}}]}'
    );
    for (const min of [0.35, 0.95]) expect(checkConfidence('job-1', tree, min)).toEqual(checkConfidence('job-1', metadata, min));
    expect(checkConfidence('job-1', tree, 0.95).violations.map((violation) => violation.path)).toEqual([
      'total',
      'vendor.name',
      'vendor.__proto__',
      'items[1].amount',
      'pages[1].vendor'
    ]);
  });

  it('is null without any confidence', () => {
    expect(confidenceTree(undefined)).toBeNull();
    expect(confidenceTree({ document_metadata: { vendor: { citation: [] } }, page_metadata: [] })).toBeNull();
  });
});
