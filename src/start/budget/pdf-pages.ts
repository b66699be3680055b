// A PDF's page count, read by @cantoo/pdf-lib (the maintained fork of pdf-lib). Runs inside the page worker
// (page-worker.ts), whose time and memory are bounded: a hostile file can only fail to be counted.
import { PDFDocument } from '@cantoo/pdf-lib';

export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  return document.getPageCount();
}
