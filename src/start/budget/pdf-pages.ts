// A PDF's page count, read by @cantoo/pdf-lib (the maintained fork of pdf-lib). Runs inside the page counter
// (page-worker.ts), a process whose time and heap are bounded: a hostile file can only fail to be counted.
import { decodePDFRawStream, PDFDocument, PDFObjectStreamParser, PDFXRefStreamParser, type PDFRawStream } from '@cantoo/pdf-lib';
import { PDF_STREAM_BOUND_BYTES } from '../../lib/constants.js';

/** A stream of the PDF decodes to more than PDF_STREAM_BOUND_BYTES. */
export class StreamTooLarge extends Error {
  constructor() {
    super(`a stream decodes to more than ${PDF_STREAM_BOUND_BYTES} bytes`);
  }
}

/** Read at a time while a stream is measured. */
const CHUNK_BYTES = 1024 * 1024;

// Loading decodes each object and cross-reference stream whole, into buffers the counter's heap limit does not
// cover, so a decompression bomb would take the runner's memory: each is first decoded up to the bound, no further.
const objectStreams = PDFObjectStreamParser.forStream;
PDFObjectStreamParser.forStream = (raw, ...rest) => objectStreams(withinBound(raw), ...rest);
const xrefStreams = PDFXRefStreamParser.forStream;
PDFXRefStreamParser.forStream = (raw) => xrefStreams(withinBound(raw));

/** A stream of the count under way went past the bound: the parser recovers from the error, the count does not. */
let overBound = false;

function withinBound(raw: PDFRawStream): PDFRawStream {
  const stream = decodePDFRawStream(raw);
  let decoded = 0;
  for (let chunk = stream.getBytes(CHUNK_BYTES); chunk.length > 0; chunk = stream.getBytes(CHUNK_BYTES)) {
    decoded += chunk.length;
    if (decoded > PDF_STREAM_BOUND_BYTES) {
      overBound = true;
      throw new StreamTooLarge();
    }
  }
  return raw;
}

export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  overBound = false;
  const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  // The parser keeps a stream it could not read undecoded and goes on: the pages of the objects it held are not seen.
  if (overBound) throw new StreamTooLarge();
  return document.getPageCount();
}
