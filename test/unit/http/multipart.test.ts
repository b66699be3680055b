import { describe, expect, it } from '@jest/globals';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { multipartBody } from '../../../src/http/multipart.js';
import { boundaryOf, parseMultipart } from '../../../emulator/multipart.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();

describe('multipartBody', () => {
  it('streams fields and the file as it is read, its length known up front, afresh on each open', async () => {
    const file = join(dir, 'doc.pdf');
    const content = '%PDF\r\n--not a boundary\r\n';
    writeFileSync(file, content);
    const body = multipartBody([['purpose', 'extract']], {
      field: 'file',
      read: () => createReadStream(file),
      name: 'in"voice\n.pdf',
      size: content.length
    });
    const boundary = boundaryOf(body.contentType)!;
    for (let open = 0; open < 2; open++) {
      const sent = Buffer.from(await text(body.open()));
      expect(sent.length).toBe(body.length);
      const parts = parseMultipart(sent, boundary);
      expect(parts.map((part) => [part.name, part.filename, part.data.toString()])).toEqual([
        ['purpose', undefined, 'extract'],
        ['file', 'in"voice\n.pdf', '%PDF\r\n--not a boundary\r\n']
      ]);
    }
  });

  it('fails the stream when the document cannot be read', async () => {
    const body = multipartBody([], { field: 'file', read: () => createReadStream(join(dir, 'missing.pdf')), name: 'missing.pdf', size: 1 });
    await expect(text(body.open())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
