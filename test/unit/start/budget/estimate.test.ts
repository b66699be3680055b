import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../../__fixtures__/core.js';
import { useHarness } from '../../../support/harness.js';
import { objectStreamBomb, pagesPdf } from '../../../support/pdfs.js';
import { PDFDocument } from '@cantoo/pdf-lib';

jest.unstable_mockModule('@actions/core', () => core);
const { checkBudget, estimate } = await import('../../../../src/start/budget/estimate.js');
type Uncounted = import('../../../../src/start/budget/estimate.js').Uncounted;
const { countPdfPages, StreamTooLarge } = await import('../../../../src/start/budget/pdf-pages.js');

const harness = useHarness();
const folder = harness.folder();
const document = (relative: string, content = 'x') => {
  const file = join(folder, relative);
  writeFileSync(file, content);
  return { path: file, relative, size: Buffer.byteLength(content) };
};
const counts: Record<string, number | Uncounted> = {};
const counter = (file: string) => Promise.resolve(counts[file] ?? 'unreadable');
/** No timeout: each count gets its own bound. */
const unbounded = { startedAt: Date.now(), deadline: Infinity };

beforeEach(() => {
  jest.clearAllMocks();
});

describe('target_pages', () => {
  // A document of unknown page count: target_pages alone bounds it.
  const unknown = document('d.docx', 'PK');

  it.each([
    ['1,3,5-7', 5],
    [' 2 - 4 , 3', 3],
    ['9', 1],
    ['1-', undefined],
    ['0', undefined],
    ['5-2', undefined],
    ['1-200000', undefined],
    ['one', undefined]
  ])('%p lists %p pages', async (text, pages) => {
    const found = await estimate([unknown], { inline: { target_pages: text } }, unbounded, counter);
    expect(found.documents[0]?.pages).toBe(pages);
  });
});

describe('estimate', () => {
  const pdf = document('a.pdf');
  const named = document('scan', '%PDF-1.4 ...');
  const image = document('b.JPG');
  const docx = document('c.docx', 'PK');
  counts[pdf.path] = 12;
  counts[named.path] = 4;

  it('counts PDFs (by name or by header), one page per image, and prices them at the inline tier', async () => {
    const found = await estimate([pdf, named, image, docx], { inline: { tier: 'agentic' } }, unbounded, counter);
    expect(found).toMatchObject({ pages: 17, credits: 255, pricePerPage: 15, tier: 'tier agentic' });
    expect(found.unknown.map((entry) => entry.document.relative)).toEqual(['c.docx']);
  });

  it('bounds every document by max_pages and target_pages, which also give an unknown one a count', async () => {
    const found = await estimate([pdf, docx], { inline: { max_pages: 5, target_pages: '1-3' } }, unbounded, counter);
    expect(found).toMatchObject({ pages: 6, credits: 30, pricePerPage: 5, tier: 'tier cost_effective', unknown: [] });
  });

  it('prices a saved configuration and an unpriced tier at the highest tier', async () => {
    expect(await estimate([image], { id: 'cfg-1' }, unbounded, counter)).toMatchObject({
      credits: 50,
      tier: 'a saved configuration: the highest tier'
    });
    expect(await estimate([image], { inline: { tier: 'gold' } }, unbounded, counter)).toMatchObject({ credits: 50 });
    expect(await estimate([image], { inline: { tier: 3 } }, unbounded, counter)).toMatchObject({ credits: 50 });
  });
});

describe('a PDF that could not be counted', () => {
  const pdfs = ['slow', 'large', 'bomb', 'broken'].map((name) => document(`${name}.pdf`));
  const [slow, large, bomb, broken] = pdfs;
  counts[slow!.path] = 'time';
  counts[large!.path] = 'memory';
  counts[bomb!.path] = 'stream';
  counts[broken!.path] = 'unreadable';
  const huge = { ...document('huge.pdf'), size: 64 * 1024 * 1024 + 1 };

  it('is unknown, with the bound it ran into; an unreadable one with none', async () => {
    const limits: number[] = [];
    const found = await estimate([...pdfs, huge], { inline: {} }, unbounded, (file, limitMs) => {
      limits.push(limitMs);
      return counter(file);
    });
    expect(found.unknown.map(({ document: { relative }, why }) => ({ relative, why }))).toEqual([
      { relative: 'slow.pdf', why: 'counting took longer than 15 s' },
      { relative: 'large.pdf', why: 'counting needed more than 256 MiB of memory' },
      { relative: 'bomb.pdf', why: 'a stream in it decodes to more than 32 MiB' },
      { relative: 'broken.pdf', why: undefined },
      { relative: 'huge.pdf', why: 'over 64 MiB, not counted' }
    ]);
    expect(limits).toEqual([15_000, 15_000, 15_000, 15_000]);
    expect(() => checkBudget(found, 1000)).toThrow(
      'Unknown page count (not a PDF or an image, or a PDF that could not be counted): slow.pdf (counting took longer than 15 s), large.pdf (counting needed more than 256 MiB of memory), bomb.pdf (a stream in it decodes to more than 32 MiB), broken.pdf, huge.pdf (over 64 MiB, not counted); '
    );
  });

  it('is counted no longer than the timeout allows, and not at all once it has passed', async () => {
    const soon = { startedAt: Date.now(), deadline: Date.now() + 5000 };
    const limits: number[] = [];
    const found = await estimate([slow!], { inline: {} }, soon, (file, limitMs) => {
      limits.push(limitMs);
      return counter(file);
    });
    expect(limits).toEqual([expect.any(Number)]);
    expect(limits[0]).toBeLessThanOrEqual(5000);
    expect(found.unknown[0]?.why).toBe('the timeout was reached while its pages were counted');
    const late = await estimate([slow!], { inline: {} }, { startedAt: Date.now(), deadline: Date.now() - 1 }, () => {
      throw new Error('not counted after the timeout');
    });
    expect(late.unknown[0]?.why).toBe('the timeout was reached before its pages were counted');
  });
});

describe('checkBudget', () => {
  const entries = Array.from({ length: 7 }, (_, i) => ({ document: { path: `/d${i}`, relative: `d${i}.pdf`, size: 1 }, pages: i + 1 }));
  const found = { credits: 140, pages: 28, pricePerPage: 5, tier: 'tier cost_effective', documents: entries, unknown: [] };

  it('logs an estimate within the budget', () => {
    checkBudget(found, 140);
    expect(core.info).toHaveBeenCalledWith(
      'Estimated cost of 7 new jobs: at most 140 credits (28 pages at 5 credits per page, tier cost_effective), within max-credits 140.'
    );
  });

  it('refuses one over it, the largest documents first', () => {
    expect(() => checkBudget(found, 139)).toThrow(
      'The jobs this step would create are estimated at 140 credits (28 pages at 5 credits per page, tier cost_effective), over max-credits 139: nothing was uploaded and no job created. Largest: d6.pdf (7 pages), d5.pdf (6 pages), d4.pdf (5 pages), d3.pdf (4 pages), d2.pdf (3 pages), …. Raise max-credits, or extract fewer documents or pages.'
    );
  });

  it('refuses unknown page counts whatever the budget', () => {
    const unknown = Array.from({ length: 6 }, (_, i) => ({ document: { path: `/u${i}`, relative: `u${i}.doc`, size: 1 } }));
    expect(() => checkBudget({ ...found, credits: 0, pages: 0, documents: unknown, unknown }, 1_000_000)).toThrow(
      "The jobs this step would create are estimated at 0 credits (0 pages at 5 credits per page, tier cost_effective) plus 6 documents of unknown page count, which max-credits 1,000,000 cannot bound: nothing was uploaded and no job created. Unknown page count (not a PDF or an image, or a PDF that could not be counted): u0.doc, u1.doc, u2.doc, u3.doc, u4.doc, …; max_pages or target_pages in the configuration bounds them. Raising max-credits does not help: bound their pages in the configuration, or leave them out of 'file'."
    );
  });
});

describe('countPdfPages', () => {
  it('counts the pages of a PDF and refuses what is none', async () => {
    const text =
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n4 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
    await expect(countPdfPages(Buffer.from(text))).resolves.toBe(2);
    await expect(countPdfPages(Buffer.from('not a pdf'))).rejects.toThrow();
  });

  it('refuses a PDF with a stream that decodes past the bound, which the parser alone would skip', async () => {
    await expect(countPdfPages(await objectStreamBomb(33))).rejects.toBeInstanceOf(StreamTooLarge);
    // Within the bound, the same stream is read (and holds no object here): the count goes on to the pages.
    await expect(countPdfPages(await objectStreamBomb(31))).resolves.toBe(0);
    await expect(countPdfPages(pagesPdf(3))).resolves.toBe(3);
  });

  it('reads the object and cross-reference streams of a PDF as writers save them', async () => {
    const made = await PDFDocument.create();
    for (let page = 0; page < 4; page++) made.addPage();
    const bytes = await made.save({ useObjectStreams: true });
    expect(Buffer.from(bytes).includes('/ObjStm')).toBe(true);
    await expect(countPdfPages(bytes)).resolves.toBe(4);
  });
});
