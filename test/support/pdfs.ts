// PDFs built to count pages with, hostile ones among them: each is a few objects, made in the test, whose
// cost to a page counter is what the bounds of max-credits must stop.
import { constants, createDeflate } from 'node:zlib';

/** A PDF of these objects (object n is `objects[n - 1]`), with its cross-reference table; the catalog is object 1. */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let length = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const at = length;
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
    return at;
  });
  const table = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`
    )
  );
  return Buffer.concat(parts);
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';

/** A page tree whose node is its own grandchild. */
export function pageTreeCycle(): Buffer {
  return pdfOf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']);
}

/**
 * A page tree `levels` deep whose every node lists the next one twice: 2^levels paths, each a walk of
 * `levels` nodes. Ending in `leaf`, a page, it has 2^levels pages; ending in an empty node, none, and a walk
 * of it holds nothing while it lasts.
 */
export function doublingPageTree(levels: number, leaf: boolean): Buffer {
  const nodes = Array.from({ length: levels }, (_, i) => `<< /Type /Pages /Kids [${i + 3} 0 R ${i + 3} 0 R] /Count 2 >>`);
  const last = leaf ? '<< /Type /Page /MediaBox [0 0 612 792] >>' : '<< /Type /Pages /Kids [] /Count 0 >>';
  return pdfOf([CATALOG, ...nodes, last]);
}

/** A PDF whose catalog holds a literal string of `mib` MiB: a reader builds it a character at a time. */
export function longString(mib: number): Buffer {
  return pdfOf([`<< /Type /Catalog /Pages 2 0 R /Note (${'a'.repeat(mib * 1024 * 1024)}) >>`, '<< /Type /Pages /Kids [] /Count 0 >>']);
}

/** A PDF of `pages` empty pages. */
export function pagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  return pdfOf([
    CATALOG,
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array<string>(pages).fill('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>')
  ]);
}

/** An empty page tree, and an object stream that decodes to `mib` MiB of spaces, about 1 KiB per MiB. */
export async function objectStreamBomb(mib: number): Promise<Buffer> {
  const stream = await deflatedSpaces(mib);
  return pdfOf([
    CATALOG,
    '<< /Type /Pages /Kids [] /Count 0 >>',
    Buffer.concat([
      Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`),
      stream,
      Buffer.from('\nendstream')
    ])
  ]);
}

/**
 * A zlib stream of `mib` MiB of spaces without making them: once a MiB is flushed, the window holds only
 * spaces, so the block that encodes the next MiB encodes every later one too, and is repeated. Its checksum is
 * left wrong: PDF readers do not check it.
 */
async function deflatedSpaces(mib: number): Promise<Buffer> {
  const mebibyte = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflate();
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const flushed = (): Promise<Buffer> =>
    new Promise((resolve) => {
      deflate.write(mebibyte);
      deflate.flush(constants.Z_SYNC_FLUSH, () => resolve(Buffer.concat(chunks.splice(0))));
    });
  const first = await flushed();
  const next = await flushed();
  deflate.destroy();
  // An empty final block ends the stream; then the checksum's place.
  return Buffer.concat([first, ...Array<Buffer>(Math.max(0, mib - 1)).fill(next), Buffer.from([0x03, 0x00]), Buffer.alloc(4)]);
}
