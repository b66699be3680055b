import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDocuments, type Document } from '../../../src/start/documents.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const workspace = harness.folder();
const files: Record<string, string> = {
  'invoices/2024/march.pdf': 'march',
  'invoices/april.pdf': 'april',
  'invoices/notes.txt': 'notes',
  'invoices/empty.pdf': '',
  'other/march.pdf': 'other march'
};
for (const [relative, content] of Object.entries(files)) {
  mkdirSync(join(workspace, relative, '..'), { recursive: true });
  writeFileSync(join(workspace, relative), content);
}
const relatives = (documents: Document[]) => documents.map((document) => document.relative);

describe('findDocuments', () => {
  it('matches patterns relative to the workspace, sorted, each document once, exclusions applied', async () => {
    const documents = await findDocuments(['invoices/**/*.pdf', 'invoices/april.pdf', '!invoices/empty.pdf'], workspace);
    expect(relatives(documents)).toEqual(['invoices/2024/march.pdf', 'invoices/april.pdf']);
    expect(documents[0]).toEqual({ path: join(workspace, 'invoices/2024/march.pdf'), relative: 'invoices/2024/march.pdf', size: 5 });
  });

  it('skips folders a wildcard matches on the way', async () => {
    expect(relatives(await findDocuments(['invoices/*', '!invoices/empty.pdf'], workspace))).toEqual([
      'invoices/april.pdf',
      'invoices/notes.txt'
    ]);
  });

  it.each([
    [['scans/*.pdf'], "Input 'file': 'scans/*.pdf' matches no file."],
    [['invoices'], "Input 'file': 'invoices' is a folder. Give the documents in it, e.g. invoices/**/*.pdf."],
    [['invoices/*.pdf'], "Input 'file': 'invoices/empty.pdf' is empty"],
    [['../*'], 'is outside the workspace']
  ])('refuses %j', async (patterns, message) => {
    await expect(findDocuments(patterns, join(workspace, patterns[0] === '../*' ? 'other' : ''))).rejects.toThrow(message);
  });

  it('reads a link at its real path inside the workspace; refuses one leading out', async () => {
    const links = join(workspace, 'links');
    const outside = mkdtempSync(join(tmpdir(), 'documents-outside-'));
    try {
      writeFileSync(join(outside, 'key.pdf'), 'secret');
      mkdirSync(links);
      symlinkSync('../invoices/april.pdf', join(links, 'inside.pdf'));
      expect(await findDocuments(['links/*.pdf'], workspace)).toEqual([
        { path: join(workspace, 'invoices/april.pdf'), relative: 'links/inside.pdf', size: 5 }
      ]);
      symlinkSync(join(outside, 'key.pdf'), join(links, 'key.pdf'));
      await expect(findDocuments(['links/*.pdf'], workspace)).rejects.toThrow(
        `Input 'file': 'links/key.pdf' resolves outside the workspace (a link leads to ${join(outside, 'key.pdf')}).`
      );
    } finally {
      rmSync(links, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  if (process.getuid?.() !== 0) {
    it('names a document it cannot read', async () => {
      chmodSync(join(workspace, 'invoices/notes.txt'), 0o000);
      try {
        await expect(findDocuments(['invoices/notes.txt'], workspace)).rejects.toThrow(
          "Input 'file': 'invoices/notes.txt' cannot be read (EACCES)."
        );
      } finally {
        chmodSync(join(workspace, 'invoices/notes.txt'), 0o644);
      }
    });
  }
});
