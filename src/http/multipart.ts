// A multipart/form-data body whose file part streams as it is read: the document is never held in memory,
// and each try reads it afresh (an upload cut off halfway is sent again whole).
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RequestBody } from './transport.js';

interface FilePart {
  /** The form field. */
  field: string;
  /** The part's bytes, read afresh for each try; `size` of them, or the stream fails. */
  read: () => AsyncIterable<Buffer>;
  /** The file name sent in Content-Disposition. */
  name: string;
  size: number;
}

export function multipartBody(fields: Array<[string, string]>, file: FilePart): RequestBody {
  const boundary = `----llamacloud-extract-action-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    fields.map(([name, value]) => `--${boundary}\r\n${disposition(name)}\r\n\r\n${value}\r\n`).join('') +
      `--${boundary}\r\n${disposition(file.field, file.name)}\r\nContent-Type: application/octet-stream\r\n\r\n`
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.size + tail.length,
    open: () =>
      Readable.from(
        (async function* () {
          yield head;
          yield* file.read();
          yield tail;
        })()
      )
  };
}

/** Quotes and line breaks in a name are percent-encoded, as browsers do (RFC 7578 4.2), so a name cannot end the header. */
function disposition(name: string, filename?: string): string {
  const quote = (value: string): string => `"${value.replace(/["\r\n%]/g, (char) => encodeURIComponent(char))}"`;
  return `Content-Disposition: form-data; name=${quote(name)}${filename === undefined ? '' : `; filename=${quote(filename)}`}`;
}
